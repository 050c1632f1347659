using Zhifa.Domain.RandomInspection;

namespace Zhifa.Domain.Tests.RandomInspection;

public sealed class PlanDraftTests
{
    private static PlanDraft Draft(decimal? ratio = null, int? count = 3, int? perTarget = 2, string[]? kinds = null) => new(
        "CZRF-SJ-001", "测试计划", kinds ?? ["人防工程"], "潞州区", null, ratio, count, perTarget, false,
        new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30), null);

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    public void Validate_RatioOutsideZeroToOne_IsRefused(double ratio)
    {
        var errors = Draft(ratio: (decimal)ratio, count: null).Validate();

        Assert.Equal("draw.ratio_out_of_range", Assert.Single(errors).Code);
    }

    [Fact]
    public void Validate_RatioOne_IsAccepted()
    {
        Assert.Empty(Draft(ratio: 1m, count: null).Validate());
    }

    [Fact]
    public void Validate_OneInspectorPerTarget_IsRefused()
    {
        var error = Assert.Single(Draft(perTarget: 1).Validate());

        Assert.Equal("inspectorsPerTarget", error.Column);
    }

    [Fact]
    public void Validate_UnknownKind_NamesTheValue()
    {
        var error = Assert.Single(Draft(kinds: ["人防工程", "菜市场"]).Validate());

        Assert.Equal("targetKinds", error.Column);
        Assert.Equal("菜市场", error.Value);
    }

    [Fact]
    public void Validate_EmptyDraft_ReportsEveryField()
    {
        var errors = new PlanDraft(null, null, null, null, null, null, null, null, false, null, null, null).Validate();

        Assert.Equal(
            ["matterCode", "name", "periodEnd", "periodStart", "region", "targetKinds"],
            errors.Select(e => e.Column).Order(StringComparer.Ordinal));
    }
}
