namespace Zhifa.Domain.Organisations;

/// <summary>
/// The organisations whose records a user may see. Every query over agency data filters by it, so a
/// county office's user never sees another county's records.
/// </summary>
/// <remarks>
/// Rule: a user sees their own office (the nearest ancestor that is an enforcement body) with its
/// departments and centres. Supervisors and system administrators at an office also see the offices
/// below it, which is how the city office supervises its counties.
/// </remarks>
public sealed class OrganisationScope
{
    private readonly HashSet<Guid> _visible;

    private OrganisationScope(Guid homeOfficeId, HashSet<Guid> visible)
    {
        HomeOfficeId = homeOfficeId;
        _visible = visible;
    }

    /// <summary>The enforcement body the user belongs to; records the user creates belong to it.</summary>
    public Guid HomeOfficeId { get; }

    public IReadOnlyCollection<Guid> VisibleOrganisationIds => _visible;

    public bool CanSee(Guid organisationId) => _visible.Contains(organisationId);

    /// <summary>Computes the scope of a member of <paramref name="memberOf"/> from the whole tree.</summary>
    public static OrganisationScope For(
        Guid memberOf,
        bool seesSubordinateOffices,
        IReadOnlyCollection<Organisation> tree)
    {
        var byId = tree.ToDictionary(o => o.Id);
        var office = NearestOffice(byId, memberOf);

        var visible = tree
            .Where(o => o.Path.StartsWith(office.Path, StringComparison.Ordinal))
            .Where(o => seesSubordinateOffices || NearestOffice(byId, o.Id).Id == office.Id)
            .Select(o => o.Id)
            .ToHashSet();

        return new OrganisationScope(office.Id, visible);
    }

    /// <summary>Each organisation's enforcement body: itself for an office, the nearest office above it otherwise.</summary>
    public static IReadOnlyDictionary<Guid, Organisation> OfficesById(IReadOnlyCollection<Organisation> tree)
    {
        var byId = tree.ToDictionary(o => o.Id);
        return tree.ToDictionary(o => o.Id, o => NearestOffice(byId, o.Id));
    }

    private static Organisation NearestOffice(Dictionary<Guid, Organisation> byId, Guid id)
    {
        var node = byId[id];
        while (node.Kind != OrganisationKind.Office && node.ParentId is { } parent)
        {
            node = byId[parent];
        }

        return node;
    }
}
