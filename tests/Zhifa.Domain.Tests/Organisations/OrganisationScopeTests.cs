using Zhifa.Domain.Organisations;

namespace Zhifa.Domain.Tests.Organisations;

public sealed class OrganisationScopeTests
{
    private static readonly Organisation City = Node("city", OrganisationKind.Office, null);
    private static readonly Organisation Legal = Node("legal", OrganisationKind.Department, City);
    private static readonly Organisation CountyA = Node("county-a", OrganisationKind.Office, City);
    private static readonly Organisation CountyAUnit = Node("county-a-unit", OrganisationKind.Department, CountyA);
    private static readonly Organisation CountyB = Node("county-b", OrganisationKind.Office, City);
    private static readonly Organisation[] Tree = [City, Legal, CountyA, CountyAUnit, CountyB];

    private static Organisation Node(string code, OrganisationKind kind, Organisation? parent) => new()
    {
        Id = Guid.NewGuid(),
        Code = code,
        Name = code,
        Kind = kind,
        ParentId = parent?.Id,
        Path = Organisation.ChildPath(parent?.Path ?? "/", code),
    };

    [Fact]
    public void CountyMember_SeesOwnOfficeAndUnitsOnly()
    {
        var scope = OrganisationScope.For(CountyAUnit.Id, seesSubordinateOffices: false, Tree);

        Assert.Equal(CountyA.Id, scope.HomeOfficeId);
        Assert.Equal(new[] { CountyA.Id, CountyAUnit.Id }.Order(), scope.VisibleOrganisationIds.Order());
    }

    [Fact]
    public void CityDepartmentMember_DoesNotSeeCounties()
    {
        var scope = OrganisationScope.For(Legal.Id, seesSubordinateOffices: false, Tree);

        Assert.Equal(City.Id, scope.HomeOfficeId);
        Assert.True(scope.CanSee(Legal.Id));
        Assert.False(scope.CanSee(CountyA.Id));
        Assert.False(scope.CanSee(CountyB.Id));
    }

    [Fact]
    public void CitySupervisor_SeesEveryCounty()
    {
        var scope = OrganisationScope.For(City.Id, seesSubordinateOffices: true, Tree);

        Assert.Equal(Tree.Length, scope.VisibleOrganisationIds.Count);
    }

    [Fact]
    public void CountySupervisor_DoesNotSeeSiblingCounty()
    {
        var scope = OrganisationScope.For(CountyA.Id, seesSubordinateOffices: true, Tree);

        Assert.False(scope.CanSee(CountyB.Id));
        Assert.False(scope.CanSee(City.Id));
    }
}
