using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Text;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Lists;

/// <summary>
/// The list operations for entries of type <typeparamref name="T"/>. Every write stores the entry's new
/// state as a <see cref="ListItemVersion"/> in the same transaction, so no value is ever overwritten
/// without its previous value kept.
/// </summary>
internal sealed class ListRepository<T>(
    ZhifaDbContext db,
    TimeProvider clock,
    RecordWriter record,
    ListDefinition<T> definition)
    : IListRepository
    where T : class, IListItem
{
    public IListDefinition Definition => definition;

    private DbSet<T> Items => db.Set<T>();

    public async Task<ListPage> QueryAsync(Actor actor, string? search, int page, int pageSize, CancellationToken ct)
    {
        var query = Visible(actor);
        // Control characters cannot occur in list text, and NUL breaks SQLite's LIKE, so they are dropped.
        var term = new string((search ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (term.Length > 0)
        {
            query = query.Where(SearchFilter(term));
        }

        var total = await query.CountAsync(ct);
        var items = await query
            .OrderBy(KeyProperty)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(ct);
        return new ListPage(items, total, page, pageSize);
    }

    public async Task<IReadOnlyList<IListItem>> AllAsync(Actor actor, CancellationToken ct) =>
        await Visible(actor).OrderBy(KeyProperty).ToListAsync(ct);

    public async Task<IReadOnlyList<IListItem>> PublicAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken ct) =>
        await Items.AsNoTracking()
            .Where(i => organisationIds.Contains(i.OrganisationId))
            .OrderBy(KeyProperty)
            .ToListAsync(ct);

    public async Task<IListItem?> FindAsync(Actor actor, Guid id, CancellationToken ct) =>
        await Visible(actor).FirstOrDefaultAsync(i => i.Id == id, ct);

    public async Task<IReadOnlyList<ListVersionView>> HistoryAsync(Actor actor, Guid id, CancellationToken ct)
    {
        if (await FindAsync(actor, id, ct) is null)
        {
            return [];
        }

        var versions = await db.ListItemVersions.AsNoTracking()
            .Where(v => v.ItemId == id)
            .OrderBy(v => v.Number)
            .ToListAsync(ct);

        var views = new List<ListVersionView>();
        IReadOnlyDictionary<string, string> previous = new Dictionary<string, string>();
        foreach (var version in versions)
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, string>>(version.Snapshot) ?? [];
            var changes = values
                .Where(v => previous.GetValueOrDefault(v.Key, "") != v.Value)
                .Select(v => new FieldChange(v.Key, previous.GetValueOrDefault(v.Key, ""), v.Value))
                .ToList();
            views.Add(new ListVersionView(version, values, changes));
            previous = values;
        }

        return views;
    }

    public async Task<ListWriteResult> CreateAsync(Actor actor, IReadOnlyDictionary<string, string?> values, CancellationToken ct)
    {
        if (!actor.MaintainsLists)
        {
            return ListWriteResult.Refused(ListErrors.NotMaintainer());
        }

        var context = ContextFor(actor);
        var item = (T)definition.CreateNew();
        var errors = definition.Apply(values, item, isNew: true, context, line: 0);
        if (errors.Count > 0)
        {
            return ListWriteResult.Invalid(errors);
        }

        if (await Items.AnyAsync(KeyEquals(item.Key), ct))
        {
            return ListWriteResult.Refused(ListErrors.DuplicateKey(item.Key));
        }

        item.Id = Guid.CreateVersion7();
        Stamp(item, 1);
        Items.Add(item);
        var version = AddVersion(actor, item, ListChangeKind.Created, context);
        return await SaveAsync(item, [Recorded(actor, version)], ct);
    }

    public async Task<ListWriteResult> UpdateAsync(
        Actor actor,
        Guid id,
        int expectedVersion,
        IReadOnlyDictionary<string, string?> values,
        CancellationToken ct)
    {
        if (!actor.MaintainsLists)
        {
            return ListWriteResult.Refused(ListErrors.NotMaintainer());
        }

        var item = await Visible(actor).AsTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
        {
            return ListWriteResult.Refused(ListErrors.NotFound(definition.Slug, id));
        }

        if (item.Version != expectedVersion)
        {
            return ListWriteResult.Refused(ListErrors.StaleVersion(expectedVersion, item.Version));
        }

        var context = ContextFor(actor);
        var before = definition.Snapshot(item, context);
        var previousKey = item.Key;
        var errors = definition.Apply(values, item, isNew: false, context, line: 0);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return ListWriteResult.Invalid(errors);
        }

        if (item.Key != previousKey && await Items.AnyAsync(KeyEquals(item.Key), ct))
        {
            db.ChangeTracker.Clear();
            return ListWriteResult.Refused(ListErrors.DuplicateKey(item.Key));
        }

        if (SnapshotEquals(before, definition.Snapshot(item, context)))
        {
            return ListWriteResult.Saved(item);
        }

        Stamp(item, item.Version + 1);
        var edited = AddVersion(actor, item, ListChangeKind.Edited, context);
        return await SaveAsync(item, [Recorded(actor, edited)], ct);
    }

    public async Task<ImportReport> ImportAsync(Actor actor, IReadOnlyList<ImportRow> rows, CancellationToken ct)
    {
        if (!actor.MaintainsLists)
        {
            var refusal = ListErrors.NotMaintainer();
            return new ImportReport(0, 0, 0, [new FieldError(0, "", "", refusal.Code, refusal.Message)]);
        }

        var plan = await ListImportPlanner<T>.PlanAsync(db, definition, ContextFor(actor), actor.Scope, rows, ct);
        if (plan.Errors.Count > 0)
        {
            return new ImportReport(0, 0, 0, plan.Errors);
        }

        var context = ContextFor(actor);
        var actions = new List<RecordAction>();
        foreach (var item in plan.Created)
        {
            item.Id = Guid.CreateVersion7();
            Stamp(item, 1);
            Items.Add(item);
            actions.Add(Recorded(actor, AddVersion(actor, item, ListChangeKind.Imported, context)));
        }

        foreach (var (item, loadedVersion) in plan.Updated)
        {
            var entry = Items.Update(item);
            entry.Property(i => i.Version).OriginalValue = loadedVersion;
            Stamp(item, loadedVersion + 1);
            actions.Add(Recorded(actor, AddVersion(actor, item, ListChangeKind.Imported, context)));
        }

        await record.SaveAsync(actions, ct);
        return new ImportReport(plan.Created.Count, plan.Updated.Count, plan.Unchanged, []);
    }

    public ListContext ContextFor(Actor actor)
    {
        var organisations = db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Code }).ToList();
        return new ListContext
        {
            WritableOrganisationsByCode = organisations
                .Where(o => actor.Scope.CanSee(o.Id))
                .ToDictionary(o => o.Code, o => o.Id),
            OrganisationCodes = organisations.ToDictionary(o => o.Id, o => o.Code),
        };
    }

    private IQueryable<T> Visible(Actor actor)
    {
        var visible = actor.Scope.VisibleOrganisationIds.ToList();
        return Items.AsNoTracking().Where(i => visible.Contains(i.OrganisationId));
    }

    private void Stamp(T item, int version)
    {
        item.Version = version;
        item.UpdatedAt = clock.GetUtcNow();
    }

    private ListItemVersion AddVersion(Actor actor, T item, ListChangeKind change, ListContext context)
    {
        var version = new ListItemVersion
        {
            List = definition.Kind,
            ItemId = item.Id,
            OrganisationId = item.OrganisationId,
            Number = item.Version,
            Change = change,
            ChangedByUserId = actor.UserId,
            ChangedByName = actor.Name,
            ChangedAt = item.UpdatedAt,
            Snapshot = JsonSerializer.Serialize(definition.Snapshot(item, context)),
        };
        db.ListItemVersions.Add(version);
        return version;
    }

    /// <summary>The record entry of a list change; its payload is the version, previous values being in earlier entries.</summary>
    private RecordAction Recorded(Actor actor, ListItemVersion version) => new(
        actor.UserId?.ToString() ?? actor.Name,
        actor.CertificateNumber,
        version.OrganisationId,
        "list." + version.Change.ToString().ToLowerInvariant(),
        $"{definition.Slug}/{version.ItemId}",
        new { list = definition.Slug, item = version.ItemId, version = version.Number, snapshot = version.Snapshot });

    private async Task<ListWriteResult> SaveAsync(T item, IReadOnlyList<RecordAction> actions, CancellationToken ct)
    {
        try
        {
            await record.SaveAsync(actions, ct);
            return ListWriteResult.Saved(item);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ListWriteResult.Refused(ListErrors.StaleVersion(item.Version - 1, item.Version));
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await Items.AnyAsync(KeyEquals(item.Key), ct))
            {
                throw;
            }

            // Another writer created the same key between our check and our insert.
            return ListWriteResult.Refused(ListErrors.DuplicateKey(item.Key));
        }
    }

    private static bool SnapshotEquals(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var other) && other == pair.Value);

    internal static Expression<Func<T, string>> KeyProperty => ListSearch.KeyOf<T>();

    internal static Expression<Func<T, bool>> KeyEquals(string key) => ListSearch.KeyEquals<T>(key);

    private static Expression<Func<T, bool>> SearchFilter(string term) => ListSearch.Matches<T>(SearchPattern.Contains(term));
}
