namespace Zhifa.Domain.Lists;

/// <summary>The five lists and the directory of regulated entities, found by kind or by slug.</summary>
public static class ListCatalog
{
    public static IReadOnlyList<IListDefinition> All { get; } =
    [
        PersonnelList.Definition,
        MattersList.Definition,
        RandomInspectionMattersList.Definition,
        RecordingMattersList.Definition,
        ReviewCatalogueList.Definition,
        Regulated.RegulatedEntitiesList.Definition,
    ];

    /// <summary>The lists shown on the public portal: all but the directory of regulated entities.</summary>
    public static IReadOnlyList<IListDefinition> Published { get; } = [.. All.Where(d => d.IsPublished)];

    public static IListDefinition Get(ListKind kind) => All.Single(d => d.Kind == kind);

    public static IListDefinition? FindBySlug(string slug) =>
        All.FirstOrDefault(d => string.Equals(d.Slug, slug, StringComparison.OrdinalIgnoreCase));
}
