using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Organisations;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Lists;

/// <summary>
/// Validates every row of an import before anything is written, and sorts the rows into new entries,
/// edited entries and unchanged ones. A row whose key belongs to an entry of an office the importer may
/// not see is refused, so an import cannot overwrite another county's list.
/// </summary>
internal static class ListImportPlanner<T>
    where T : class, IListItem
{
    public sealed record Plan(
        List<T> Created,
        List<(T Item, int LoadedVersion)> Updated,
        int Unchanged,
        List<FieldError> Errors);

    public static async Task<Plan> PlanAsync(
        ZhifaDbContext db,
        ListDefinition<T> definition,
        ListContext context,
        OrganisationScope scope,
        IReadOnlyList<ImportRow> rows,
        CancellationToken ct)
    {
        var existing = (await db.Set<T>().AsNoTracking().ToListAsync(ct)).ToDictionary(i => i.Key, StringComparer.Ordinal);
        var plan = new Plan([], [], 0, []);
        var unchanged = 0;
        var keysSeen = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var row in rows)
        {
            var key = (row.Values.GetValueOrDefault(definition.KeyColumn) ?? "").Trim();
            if (key.Length > 0 && keysSeen.TryGetValue(key, out var firstLine))
            {
                plan.Errors.Add(new FieldError(row.Line, definition.KeyColumn, key, "list.duplicate_row",
                    $"The key appears again; line {firstLine} has it already. Keep one row per entry."));
                continue;
            }

            keysSeen[key] = row.Line;
            if (existing.TryGetValue(key, out var current))
            {
                unchanged += PlanUpdate(definition, context, scope, row, current, plan) ? 1 : 0;
            }
            else
            {
                var item = (T)definition.CreateNew();
                var errors = definition.Apply(row.Values, item, isNew: true, context, row.Line);
                plan.Errors.AddRange(errors);
                if (errors.Count == 0)
                {
                    plan.Created.Add(item);
                }
            }
        }

        return plan with { Unchanged = unchanged };
    }

    /// <summary>Plans the edit of an existing entry; returns whether the row changes nothing.</summary>
    private static bool PlanUpdate(
        ListDefinition<T> definition,
        ListContext context,
        OrganisationScope scope,
        ImportRow row,
        T current,
        Plan plan)
    {
        if (!scope.CanSee(current.OrganisationId))
        {
            plan.Errors.Add(new FieldError(row.Line, definition.KeyColumn, current.Key, "list.key_of_other_office",
                "Another office's list has an entry with this key; use a key of your own office's entries."));
            return false;
        }

        var before = definition.Snapshot(current, context);
        var loadedVersion = current.Version;
        var errors = definition.Apply(row.Values, current, isNew: false, context, row.Line);
        plan.Errors.AddRange(errors);
        if (errors.Count > 0)
        {
            return false;
        }

        var after = definition.Snapshot(current, context);
        if (before.All(pair => after[pair.Key] == pair.Value))
        {
            return true;
        }

        plan.Updated.Add((current, loadedVersion));
        return false;
    }
}
