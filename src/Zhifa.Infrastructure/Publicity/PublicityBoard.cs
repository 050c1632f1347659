using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Calendar;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.Organisations;
using Zhifa.Domain.Publicity;
using Zhifa.Domain.Time;
using Zhifa.Infrastructure.Calendar;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Publicity;

/// <summary>
/// A decided case or a recorded inspection result that is not published yet, with the day it must be published
/// by and how close that day is. <see cref="Withheld"/> is set when the case may never be published (a minor
/// party, a transfer as a suspected crime); such a case has no deadline.
/// </summary>
public sealed record AwaitingPublication(
    Guid CaseId,
    string CaseNumber,
    string Title,
    PublicationKind Kind,
    DateOnly DecidedOn,
    Deadline? Due,
    DeadlineState? State,
    Error? Withheld);

/// <summary>
/// What the publicity page of an office shows: the items awaiting publication, the withdrawals due, the
/// published and the withdrawn items.
/// </summary>
public sealed record PublicityOverview(
    IReadOnlyList<AwaitingPublication> Awaiting,
    IReadOnlyList<WithdrawalDue> WithdrawalsDue,
    IReadOnlyList<PublicationRow> Published,
    IReadOnlyList<PublicationRow> Withdrawn);

/// <summary>
/// Reads the publicity work of the offices a user may see. A county office reads only its own cases and
/// publications, and the city office reads the counties' only for roles scoped to subordinate offices.
/// </summary>
public sealed class PublicityBoard(ZhifaDbContext db, CalendarRepository calendar, WithdrawalNoticeService notices, TimeProvider clock)
{
    /// <summary>Maximum published and withdrawn items listed; the portal and the open data list all of them.</summary>
    public const int MaxListed = 200;

    public async Task<PublicityOverview> OverviewAsync(OrganisationScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var visible = scope.VisibleOrganisationIds.ToList();
        var decidedStages = PublicationDrafts.DecidedStages.ToList();
        var resultStages = PublicationDrafts.ResultStages.ToList();
        var candidates = await db.Cases.AsNoTracking()
            .Where(c => visible.Contains(c.OrganisationId))
            .Where(c => c.Procedure == ProcedureKind.Inspection
                ? resultStages.Contains(c.Stage)
                : decidedStages.Contains(c.Stage))
            .Where(c => !db.Publications.Any(p => p.CaseId == c.Id))
            .ToListAsync(ct);

        var days = await calendar.LoadAsync(ct);
        var today = AgencyTime.Today(clock);
        var awaiting = new List<AwaitingPublication>();
        foreach (var c in candidates.Where(PublicationDrafts.IsReady))
        {
            var inspection = c.Procedure == ProcedureKind.Inspection;
            var kind = inspection ? PublicationKind.InspectionResult : PublicationKind.PenaltyDecision;
            var decidedOn = (inspection ? c.Inspection.InspectedOn : c.Decision.DecidedOn)!.Value;
            var draft = PublicationDrafts.For(c, "");
            if (!draft.IsSuccess)
            {
                awaiting.Add(new AwaitingPublication(c.Id, c.Number, c.Title, kind, decidedOn, null, null, draft.Errors[0]));
                continue;
            }

            var due = PublicationPeriods.PublishDue(kind, decidedOn, days);
            awaiting.Add(new AwaitingPublication(
                c.Id, c.Number, c.Title, kind, decidedOn, due, PublicationPeriods.State(due, today, days), null));
        }

        var publications = db.Publications.AsNoTracking().Where(p => visible.Contains(p.OrganisationId));
        var published = await publications.Where(p => !p.Withdrawn)
            .OrderByDescending(p => p.FeedSequence).Take(MaxListed).ToListAsync(ct);
        var withdrawn = await publications.Where(p => p.Withdrawn)
            .OrderByDescending(p => p.FeedSequence).Take(MaxListed).ToListAsync(ct);
        return new PublicityOverview(
            [.. awaiting.OrderBy(a => a.Withheld is null ? 0 : 1).ThenBy(a => a.Due?.Day ?? DateOnly.MaxValue).ThenBy(a => a.CaseNumber, StringComparer.Ordinal)],
            await notices.DueAsync(scope, ct),
            published,
            withdrawn);
    }
}
