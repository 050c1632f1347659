using Zhifa.Domain.Lists;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Lists;

/// <summary>Finds the repository of a list, so pages and endpoints handle the five lists alike.</summary>
public sealed class ListRepositories(ZhifaDbContext db, TimeProvider clock)
{
    public IListRepository For(ListKind kind) => kind switch
    {
        ListKind.Personnel => new ListRepository<Officer>(db, clock, PersonnelList.Definition),
        ListKind.Matters => new ListRepository<EnforcementMatter>(db, clock, MattersList.Definition),
        ListKind.RandomInspectionMatters =>
            new ListRepository<RandomInspectionMatter>(db, clock, RandomInspectionMattersList.Definition),
        ListKind.RecordingMatters => new ListRepository<RecordingMatter>(db, clock, RecordingMattersList.Definition),
        ListKind.ReviewCatalogue => new ListRepository<ReviewCatalogueItem>(db, clock, ReviewCatalogueList.Definition),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a list."),
    };
}
