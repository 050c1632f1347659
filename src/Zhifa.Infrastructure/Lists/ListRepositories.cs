using Zhifa.Domain.Lists;
using Zhifa.Domain.Regulated;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Lists;

/// <summary>Finds the repository of a list, so pages and endpoints handle the lists and the directory alike.</summary>
public sealed class ListRepositories(ZhifaDbContext db, TimeProvider clock, RecordWriter record)
{
    public IListRepository For(ListKind kind) => kind switch
    {
        ListKind.Personnel => new ListRepository<Officer>(db, clock, record, PersonnelList.Definition),
        ListKind.Matters => new ListRepository<EnforcementMatter>(db, clock, record, MattersList.Definition),
        ListKind.RandomInspectionMatters =>
            new ListRepository<RandomInspectionMatter>(db, clock, record, RandomInspectionMattersList.Definition),
        ListKind.RecordingMatters => new ListRepository<RecordingMatter>(db, clock, record, RecordingMattersList.Definition),
        ListKind.ReviewCatalogue => new ListRepository<ReviewCatalogueItem>(db, clock, record, ReviewCatalogueList.Definition),
        ListKind.RegulatedEntities => new ListRepository<RegulatedEntity>(db, clock, record, RegulatedEntitiesList.Definition),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a list."),
    };
}
