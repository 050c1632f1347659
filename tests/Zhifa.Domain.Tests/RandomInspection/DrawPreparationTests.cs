using Zhifa.Domain.Lists;
using Zhifa.Domain.RandomInspection;
using Zhifa.Domain.Regulated;

namespace Zhifa.Domain.Tests.RandomInspection;

public sealed class DrawPreparationTests
{
    private static readonly DateOnly DrawDay = new(2026, 3, 2);
    private static readonly string[] CoveringAreas = ["潞州区", "长治市"];

    private static InspectionPlan Plan(int? count = 2, bool weighted = false) => new()
    {
        Id = Guid.CreateVersion7(),
        MatterCode = "CZRF-SJ-001",
        Name = "测试抽查计划",
        TargetKinds = nameof(RegulatedEntityKind.CivilAirDefenseWorks),
        Region = "潞州区",
        Category = "人民防空",
        TargetCount = count,
        Ratio = count is null ? 0.5m : null,
        InspectorsPerTarget = 2,
        WeightedByRisk = weighted,
        Frequency = "每年一次",
        CreatedBy = "测试",
    };

    private static RegulatedEntity Entity(string code, string region = "潞州区", string? owner = null,
        RegulatedEntityKind kind = RegulatedEntityKind.CivilAirDefenseWorks, RiskLevel risk = RiskLevel.Low) => new()
        {
            Id = Guid.CreateVersion7(),
            Code = code,
            Name = "样例" + code,
            Region = region,
            Kind = kind,
            OwnerCode = owner,
            RiskLevel = risk,
        };

    private static Officer Officer(string certificate, string area = "潞州区", string categories = "人民防空",
        DateOnly? validTo = null, OfficerStatus status = OfficerStatus.Active) => new()
        {
            Id = Guid.CreateVersion7(),
            Name = "测试" + certificate,
            CertificateNumber = certificate,
            Categories = categories,
            Area = area,
            ValidFrom = new DateOnly(2024, 1, 1),
            ValidTo = validTo ?? new DateOnly(2028, 12, 31),
            Status = status,
        };

    private static ConflictDeclaration Conflict(Officer officer, string code, RecusalReason reason) => new()
    {
        OfficerId = officer.Id,
        EntityCode = code,
        Reason = reason,
        Note = "测试",
        DeclaredBy = "测试",
    };

    [Fact]
    public void Prepare_FiltersCandidatesByKindAndRegion()
    {
        var inside = Entity("A");
        var directory = new[] { inside, Entity("B", region: "襄垣县"), Entity("C", kind: RegulatedEntityKind.DesignFirm) };

        var inputs = DrawPreparation.Prepare(Plan(count: 1), DrawDay, directory, [Officer("1"), Officer("2")], CoveringAreas, [], []).Value;

        Assert.Equal([inside.Id], inputs.Candidates.Select(c => c.Id));
    }

    [Fact]
    public void Prepare_OnlyQualifiedOfficersAreInspectors()
    {
        var qualified = new[] { Officer("1"), Officer("2", area: "长治市") };
        var unqualified = new[]
        {
            Officer("3", validTo: new DateOnly(2026, 3, 1)),
            Officer("4", status: OfficerStatus.Suspended),
            Officer("5", categories: "市场监管"),
            Officer("6", area: "襄垣县"),
        };

        var inputs = DrawPreparation.Prepare(Plan(), DrawDay, [Entity("A"), Entity("B")], [.. qualified, .. unqualified],
            CoveringAreas, [], []).Value;

        Assert.Equal(qualified.Select(o => o.Id).Order(), inputs.Inspectors.Order());
    }

    [Fact]
    public void Prepare_RecusesDeclaredOwnOrganisationAndPreviousPairs()
    {
        var declared = Officer("1");
        var affiliated = Officer("2");
        var previous = Officer("3");
        var works = Entity("RF-1", owner: "91140400TEST00001X");
        var other = Entity("RF-2");

        var inputs = DrawPreparation.Prepare(
            Plan(),
            DrawDay,
            [works, other],
            [declared, affiliated, previous, Officer("4")],
            CoveringAreas,
            [Conflict(declared, "RF-2", RecusalReason.DeclaredInterest), Conflict(affiliated, "91140400TEST00001X", RecusalReason.OwnOrganisation)],
            [(previous.Id, works.Id)]).Value;

        Assert.Equal(3, inputs.Recusals.Count);
        Assert.Contains(new Recusal(declared.Id, other.Id, RecusalReason.DeclaredInterest), inputs.Recusals);
        Assert.Contains(new Recusal(affiliated.Id, works.Id, RecusalReason.OwnOrganisation), inputs.Recusals);
        Assert.Contains(new Recusal(previous.Id, works.Id, RecusalReason.PreviousDraw), inputs.Recusals);
    }

    [Fact]
    public void Prepare_EmptyDirectory_IsRefused()
    {
        var result = DrawPreparation.Prepare(Plan(), DrawDay, [], [Officer("1"), Officer("2")], CoveringAreas, [], []);

        Assert.Equal("draw.no_candidates", result.Errors[0].Code);
    }

    [Fact]
    public void Prepare_CountAboveCandidates_IsRefused()
    {
        var result = DrawPreparation.Prepare(Plan(count: 3), DrawDay, [Entity("A"), Entity("B")], [Officer("1"), Officer("2")],
            CoveringAreas, [], []);

        Assert.Equal("draw.count_above_candidates", result.Errors[0].Code);
    }

    [Fact]
    public void Prepare_OneQualifiedOfficer_NamesNeededAndQualified()
    {
        var result = DrawPreparation.Prepare(Plan(), DrawDay, [Entity("A"), Entity("B")], [Officer("1"), Officer("2", area: "沁源县")],
            CoveringAreas, [], []);

        Assert.Equal("draw.too_few_inspectors", result.Errors[0].Code);
        Assert.Equal("2", result.Errors[0].Arguments["needed"]);
        Assert.Equal("1", result.Errors[0].Arguments["qualified"]);
    }

    [Theory]
    [InlineData(3, 0.1, 1)]
    [InlineData(10, 0.1, 1)]
    [InlineData(11, 0.1, 2)]
    [InlineData(4, 1.0, 4)]
    public void TargetsFor_Ratio_RoundsUp(int candidates, double ratio, int expected)
    {
        var plan = Plan(count: null);
        plan.Ratio = (decimal)ratio;

        Assert.Equal(expected, plan.TargetsFor(candidates));
    }

    [Fact]
    public void Prepare_WeightedPlan_WeightsByRisk()
    {
        var high = Entity("A", risk: RiskLevel.High);
        var low = Entity("B");

        var inputs = DrawPreparation.Prepare(Plan(count: 1, weighted: true), DrawDay, [high, low], [Officer("1"), Officer("2")],
            CoveringAreas, [], []).Value;

        Assert.Equal(4, inputs.Candidates.Single(c => c.Id == high.Id).Weight);
        Assert.Equal(1, inputs.Candidates.Single(c => c.Id == low.Id).Weight);
    }
}
