using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zhifa.Domain.Cases;
using Zhifa.Infrastructure.Cases;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Publicity;

/// <summary>
/// An administrator's manual redelivery of a dead-lettered push delivery. The delivery goes back in the
/// queue with its attempts reset, and the act is written to the full-process record in the same
/// transaction, because it changes what leaves the system.
/// </summary>
public sealed partial class WebhookRedelivery(
    ZhifaDbContext db, RecordWriter record, TimeProvider clock, ILogger<WebhookRedelivery> log)
{
    public const string RedeliveredAction = "publicity.redelivered";

    /// <summary>
    /// Queues the dead-lettered delivery <paramref name="deliveryId"/> again and records who did it. Returns
    /// false, writing nothing, when no delivery with that id is dead-lettered. The entry belongs to the
    /// organisation of the event's case, or to <paramref name="actorOrganisationId"/> when the event has no
    /// case.
    /// </summary>
    public async Task<bool> RedeliverAsync(
        Guid deliveryId, CaseActor actor, Guid actorOrganisationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RecordAction? entry = null;
        await record.SaveAsync(
            async token => entry = await RequeueAsync(deliveryId, actor, actorOrganisationId, token),
            () => entry is null ? [] : [entry],
            ct);
        if (entry is null)
        {
            return false;
        }

        Redelivered(log, deliveryId, actor.UserId);
        return true;
    }

    // Runs under the record's append lock, so two administrators redelivering the same letter are
    // serialised, and the second finds it Pending and records nothing.
    private async Task<RecordAction?> RequeueAsync(
        Guid deliveryId, CaseActor actor, Guid actorOrganisationId, CancellationToken ct)
    {
        var delivery = await db.WebhookDeliveries.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == deliveryId && d.State == DeliveryState.Dead, ct);
        if (delivery is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var changed = await db.WebhookDeliveries
            .Where(d => d.Id == deliveryId && d.State == DeliveryState.Dead && d.Attempts == delivery.Attempts)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.State, DeliveryState.Pending)
                    .SetProperty(d => d.Attempts, 0)
                    .SetProperty(d => d.NextAttemptAt, now)
                    .SetProperty(d => d.LeaseUntil, now),
                ct);
        if (changed != 1)
        {
            return null;
        }

        var outbox = await db.OutboxEvents.AsNoTracking().FirstAsync(e => e.Id == delivery.EventId, ct);
        Guid? caseId = outbox.CaseId == Guid.Empty ? null : outbox.CaseId;
        var caseOrganisation = caseId is { } id
            ? await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => (Guid?)c.OrganisationId).FirstOrDefaultAsync(ct)
            : null;

        // Only the target's name is recorded. Its address and shared secret stay in the settings, and the last
        // error text may quote the address, so neither goes into the record.
        return new RecordAction(
            actor.UserId.ToString(),
            actor.Certificate,
            caseOrganisation ?? actorOrganisationId,
            RedeliveredAction,
            caseId is { } subject ? CaseRecord.Subject(subject) : $"webhook-delivery/{deliveryId}",
            new
            {
                delivery = delivery.Id,
                target = delivery.Target,
                eventId = outbox.EventId,
                eventType = outbox.Type,
                caseId,
                caseSequence = outbox.CaseSequence,
                attemptsBefore = delivery.Attempts,
                lastStatus = delivery.LastStatus,
            });
    }

    [LoggerMessage(EventId = 702, Level = LogLevel.Information,
        Message = "Push delivery {DeliveryId} was queued again by user {UserId}")]
    private static partial void Redelivered(ILogger logger, Guid deliveryId, Guid userId);
}
