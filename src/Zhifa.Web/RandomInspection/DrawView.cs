using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.RandomInspection;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.RandomInspection;

namespace Zhifa.Web.RandomInspection;

/// <summary>A plan as the admin and portal pages show it: its inputs' sizes and its tasks with names.</summary>
public sealed record DrawView(
    InspectionPlan Plan,
    int Candidates,
    int Inspectors,
    int Recusals,
    IReadOnlyList<DrawViewRow> Rows)
{
    public static async Task<DrawView> LoadAsync(
        InspectionPlan plan, RandomInspectionService service, ZhifaDbContext db, CancellationToken ct)
    {
        var inputs = plan.Inputs is null ? null : DrawVerifier.ParseInputs(plan.Inputs);
        var tasks = await service.TasksAsync(plan.Id, ct);
        var targetIds = tasks.Select(t => t.TargetId).ToList();
        var inspectorIds = tasks.SelectMany(t => t.Inspectors()).Distinct().ToList();
        var targets = await db.RegulatedEntities.AsNoTracking().Where(e => targetIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var officers = await db.Officers.AsNoTracking().Where(o => inspectorIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var rows = tasks
            .Select(t => new DrawViewRow(
                t.Position,
                targets.TryGetValue(t.TargetId, out var target) ? target.Code : t.TargetId.ToString(),
                target?.Name ?? "",
                t.Inspectors().Select(i => officers.TryGetValue(i, out var o) ? $"{o.Name}（{o.CertificateNumber}）" : i.ToString()).ToList(),
                t.Status.ToString()))
            .ToList();
        return new DrawView(plan, inputs?.Candidates.Count ?? 0, inputs?.Inspectors.Count ?? 0, inputs?.Recusals.Count ?? 0, rows);
    }
}

/// <summary>One drawn target with its inspectors, by name and certificate number.</summary>
public sealed record DrawViewRow(int Position, string TargetCode, string TargetName, IReadOnlyList<string> Inspectors, string Status);
