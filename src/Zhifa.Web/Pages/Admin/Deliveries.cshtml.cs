using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Access;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Publicity;
using Zhifa.Web.Cases;

namespace Zhifa.Web.Pages.Admin;

/// <summary>
/// The push delivery log for system administrators (推送记录): per target, each delivery's attempts, state,
/// last status and error, the dead letters and a button that queues a dead letter again and records the act in
/// the full-process record. Targets are shown by name only: their addresses and shared secrets never reach the
/// page, and are cut out of error texts.
/// </summary>
public sealed class DeliveriesModel(
    ZhifaDbContext db, WebhookRedelivery redelivery, CaseActors actors, WebhookSettings webhooks) : PageModel
{
    /// <summary>Maximum deliveries listed, newest event first.</summary>
    public const int MaxListed = 300;

    /// <summary>Longest error text shown; the log keeps the whole text.</summary>
    public const int MaxErrorLength = 300;

    public IReadOnlyList<DeliveryLine> Deliveries { get; private set; } = [];

    public IReadOnlyList<TargetSummary> Targets { get; private set; } = [];

    public IReadOnlyDictionary<Guid, IReadOnlyList<WebhookAttemptRow>> Attempts { get; private set; } =
        new Dictionary<Guid, IReadOnlyList<WebhookAttemptRow>>();

    public DeliveryState? State { get; private set; }

    public string? Done { get; private set; }

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(DeliveryState? state, string? done, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.SystemAdministrator))
        {
            return Forbid();
        }

        State = state;
        Done = done;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRedeliverAsync(Guid id, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.SystemAdministrator))
        {
            return Forbid();
        }

        if (await redelivery.RedeliverAsync(id, await actors.GetAsync(ct), actors.OrganisationId, ct))
        {
            return Redirect("/admin/deliveries?done=redelivered");
        }

        Refusal = "pubstaff.not_dead";
        Response.StatusCode = StatusCodes.Status409Conflict;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>An error text with every configured target address and secret cut out, shortened for the table.</summary>
    public string Redact(string? error)
    {
        if (string.IsNullOrEmpty(error))
        {
            return "";
        }

        foreach (var target in webhooks.Targets)
        {
            foreach (var secret in new[] { target.Secret, target.Url?.ToString(), target.Url?.GetLeftPart(UriPartial.Path), target.Url?.Authority })
            {
                if (!string.IsNullOrEmpty(secret))
                {
                    error = error.Replace(secret, "[" + target.Name + "]", StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        return error.Length > MaxErrorLength ? error[..MaxErrorLength] + "…" : error;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var query = db.WebhookDeliveries.AsNoTracking();
        if (State is { } s)
        {
            query = query.Where(d => d.State == s);
        }

        var rows = await query
            .Join(db.OutboxEvents.AsNoTracking(), d => d.EventId, e => e.Id, (d, e) => new { Delivery = d, e.Type, e.EventId, e.CreatedAt })
            .OrderByDescending(x => x.Delivery.EventId).ThenBy(x => x.Delivery.Target)
            .Take(MaxListed)
            .ToListAsync(ct);
        Deliveries = [.. rows.Select(r => new DeliveryLine(r.Delivery, r.Type, r.EventId, r.CreatedAt))];

        var ids = rows.Select(r => r.Delivery.Id).ToList();
        var attempts = await db.WebhookAttempts.AsNoTracking().Where(a => ids.Contains(a.DeliveryId)).ToListAsync(ct);
        Attempts = attempts.GroupBy(a => a.DeliveryId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<WebhookAttemptRow>)[.. g.OrderBy(a => a.Attempt).ThenBy(a => a.At)]);

        var counts = await db.WebhookDeliveries.AsNoTracking()
            .GroupBy(d => new { d.Target, d.State })
            .Select(g => new { g.Key.Target, g.Key.State, Count = g.Count() })
            .ToListAsync(ct);
        var names = webhooks.Targets.Select(t => t.Name).Concat(counts.Select(c => c.Target)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        Targets = [.. names.Select(n => new TargetSummary(
            n,
            webhooks.Targets.Any(t => t.Name == n),
            counts.Where(c => c.Target == n && c.State == DeliveryState.Pending).Sum(c => c.Count),
            counts.Where(c => c.Target == n && c.State == DeliveryState.Delivered).Sum(c => c.Count),
            counts.Where(c => c.Target == n && c.State == DeliveryState.Dead).Sum(c => c.Count)))];
    }
}

/// <summary>One delivery with the event it carries.</summary>
public sealed record DeliveryLine(WebhookDeliveryRow Delivery, string EventType, Guid EventId, DateTimeOffset CreatedAt);

/// <summary>The deliveries of one target by state; <see cref="Configured"/> is false for a target removed from the settings.</summary>
public sealed record TargetSummary(string Name, bool Configured, int Pending, int Delivered, int Dead);
