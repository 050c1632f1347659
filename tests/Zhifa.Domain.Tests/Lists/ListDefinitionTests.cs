using Zhifa.Domain.Lists;

namespace Zhifa.Domain.Tests.Lists;

public sealed class ListDefinitionTests
{
    private static readonly Guid Office = Guid.NewGuid();

    private static readonly ListContext Context = new()
    {
        WritableOrganisationsByCode = new Dictionary<string, Guid> { ["czrf"] = Office },
        OrganisationCodes = new Dictionary<Guid, string> { [Office] = "czrf" },
    };

    private static Dictionary<string, string?> Matter() => new()
    {
        ["organisation"] = "czrf",
        ["code"] = "M-1",
        ["name"] = "测试事项",
        ["kind"] = "行政处罚",
        ["category"] = "人民防空",
        ["basis_law"] = "测试法",
        ["basis_article"] = "第一条",
        ["basis_text"] = "条文",
        ["enforcement_body"] = "测试机关",
        ["fine_min_unit"] = "10,000",
        ["fine_max_unit"] = "50000.5",
    };

    [Fact]
    public void Apply_ValidRow_WritesTypedValues()
    {
        var matter = (EnforcementMatter)MattersList.Definition.CreateNew();

        var errors = MattersList.Definition.Apply(Matter(), matter, isNew: true, Context, line: 2);

        Assert.Empty(errors);
        Assert.Equal(MatterKind.Penalty, matter.Kind);
        Assert.Equal(10_000m, matter.FineMinUnit);
        Assert.Equal(50_000.5m, matter.FineMaxUnit);
        Assert.Null(matter.FineMaxIndividual);
        Assert.Equal(Office, matter.OrganisationId);
    }

    [Fact]
    public void Apply_EnglishChoiceLabel_IsAccepted()
    {
        var values = Matter();
        values["kind"] = "inspection";
        var matter = (EnforcementMatter)MattersList.Definition.CreateNew();

        Assert.Empty(MattersList.Definition.Apply(values, matter, isNew: true, Context, line: 2));
        Assert.Equal(MatterKind.Inspection, matter.Kind);
    }

    [Theory]
    [InlineData("fine_min_unit", "1.005", "list.invalid_amount")]
    [InlineData("fine_min_unit", "-1", "list.invalid_amount")]
    [InlineData("kind", "罚款", "list.invalid_choice")]
    [InlineData("code", "", "list.required")]
    [InlineData("organisation", "lzq", "list.organisation_not_writable")]
    [InlineData("name", "测\u0007试", "list.control_character")]
    public void Apply_BadValue_ReportsColumnAndLine(string column, string value, string code)
    {
        var values = Matter();
        values[column] = value;

        var errors = MattersList.Definition.Apply(values, MattersList.Definition.CreateNew(), isNew: true, Context, line: 7);

        var error = Assert.Single(errors);
        Assert.Equal((7, column, code), (error.Line, error.Column, error.Code));
    }

    [Fact]
    public void Apply_TextOverLimit_CountsCodePoints()
    {
        var values = Matter();
        values["enforcement_body"] = string.Concat(Enumerable.Repeat("𠀀", 200));

        Assert.Empty(MattersList.Definition.Apply(values, MattersList.Definition.CreateNew(), isNew: true, Context, line: 2));

        values["enforcement_body"] += "测";
        Assert.Equal("list.too_long", Assert.Single(MattersList.Definition.Apply(values, MattersList.Definition.CreateNew(), isNew: true, Context, line: 2)).Code);
    }

    [Fact]
    public void Snapshot_RoundTripsThroughApply()
    {
        var original = (EnforcementMatter)MattersList.Definition.CreateNew();
        MattersList.Definition.Apply(Matter(), original, isNew: true, Context, line: 2);
        var snapshot = MattersList.Definition.Snapshot(original, Context);

        var copy = MattersList.Definition.CreateNew();
        var errors = MattersList.Definition.Apply(snapshot.ToDictionary(p => p.Key, p => (string?)p.Value), copy, isNew: true, Context, line: 2);

        Assert.Empty(errors);
        Assert.Equal(snapshot, MattersList.Definition.Snapshot(copy, Context));
    }

    [Fact]
    public void Catalog_EveryListHasOrganisationThenKeyColumns()
    {
        Assert.Equal(6, ListCatalog.All.Count);
        Assert.Equal(5, ListCatalog.Published.Count);
        Assert.All(ListCatalog.All, d => Assert.Equal("organisation", d.Columns[0].Name));
        Assert.All(ListCatalog.All, d => Assert.Equal(d.KeyColumn, d.Columns[1].Name));
    }
}
