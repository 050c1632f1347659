namespace Zhifa.Domain.Lists;

/// <summary>The five lists, found by kind or by slug.</summary>
public static class ListCatalog
{
    public static IReadOnlyList<IListDefinition> All { get; } =
    [
        PersonnelList.Definition,
        MattersList.Definition,
        RandomInspectionMattersList.Definition,
        RecordingMattersList.Definition,
        ReviewCatalogueList.Definition,
    ];

    public static IListDefinition Get(ListKind kind) => All.Single(d => d.Kind == kind);

    public static IListDefinition? FindBySlug(string slug) =>
        All.FirstOrDefault(d => string.Equals(d.Slug, slug, StringComparison.OrdinalIgnoreCase));
}
