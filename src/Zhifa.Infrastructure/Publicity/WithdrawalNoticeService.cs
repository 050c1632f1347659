using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Access;
using Zhifa.Domain.Calendar;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.Organisations;
using Zhifa.Domain.Publicity;
using Zhifa.Domain.Time;
using Zhifa.Infrastructure.Calendar;
using Zhifa.Infrastructure.Cases;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Publicity;

/// <summary>A noted event whose withdrawal is still to be made, with its due day and how close that day is.</summary>
public sealed record OpenWithdrawal(WithdrawalNoticeRow Notice, Deadline Due, DeadlineState State);

/// <summary>A published item that must come down, for the publicity board.</summary>
public sealed record WithdrawalDue(PublicationRow Publication, OpenWithdrawal Open);

/// <summary>
/// Notes the events that oblige a withdrawal (a decision changed, revoked, confirmed unlawful, voided or to be
/// made anew) and reads the withdrawals still due. Officers, heads and leaders of the deciding office note
/// them, since the document may reach any of them; heads and leaders then withdraw (<see cref="PublicationService"/>).
/// Each note is a full-process record entry in the transaction that stores it.
/// </summary>
public sealed class WithdrawalNoticeService(ZhifaDbContext db, RecordWriter record, CalendarRepository calendar, TimeProvider clock)
{
    public const string NotedAction = "publicity.withdrawal_required";

    public static bool MayNote(CaseActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.HasAnyRole([Roles.Officer, Roles.DepartmentHead, Roles.AgencyLeader]);
    }

    public async Task<Result<OpenWithdrawal>> NoteAsync(
        Guid caseId,
        WithdrawalReason? reason,
        DateOnly? eventOn,
        string? authority,
        string? documentNumber,
        string? note,
        Guid? replaces,
        CaseActor actor,
        OrganisationScope scope,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(scope);
        if (!MayNote(actor))
        {
            return Error.Rule(
                "publicity.notice_not_authorised",
                "Officers, department heads and agency leaders of the deciding office note why a publication must be withdrawn.",
                PublicityLaw.WhoPublishes);
        }

        var live = await LiveAsync(caseId, scope, ct);
        if (!live.IsSuccess)
        {
            return Result<OpenWithdrawal>.Failure(live.Errors);
        }

        var publication = live.Value;
        var checkedNotice = WithdrawalNotice.Create(
            reason, eventOn, authority, documentNumber, note, publication.DecidedOn, AgencyTime.Today(clock));
        if (!checkedNotice.IsSuccess)
        {
            return Result<OpenWithdrawal>.Failure(checkedNotice.Errors);
        }

        var notice = checkedNotice.Value;
        var days = await calendar.LoadAsync(ct);
        var due = notice.Due(days);
        WithdrawalNoticeRow? saved = null;
        Error? conflict = null;
        await record.SaveAsync(
            async token =>
            {
                // Under the record's append lock, so two people noting or correcting at once cannot both succeed.
                var live = await db.Publications.AsNoTracking().FirstAsync(p => p.CaseId == caseId, token);
                var open = live.Withdrawn ? null : await OpenRowAsync(live, token);
                conflict = (live.Withdrawn, open?.Id, replaces) switch
                {
                    (true, _, _) => Error.Conflict("publicity.already_withdrawn", "This publication is already withdrawn."),
                    (false, null, null) => null,
                    (false, { } current, { } named) when current == named => null,
                    (false, { } current, null) => Error.Conflict(
                        "publicity.withdrawal_already_noted",
                        $"A reason to withdraw this publication is already noted; to correct it, send replacesNoticeId {current}."),
                    _ => Error.Conflict(
                        "publicity.notice_outdated",
                        "The notice to correct is no longer the open one (it was corrected or the publication withdrawn meanwhile); reload the page."),
                };
                if (conflict is not null)
                {
                    return;
                }

                saved = new WithdrawalNoticeRow
                {
                    Id = Guid.NewGuid(),
                    CaseId = caseId,
                    OrganisationId = live.OrganisationId,
                    PublicationVersion = live.Version,
                    Reason = notice.Reason,
                    EventOn = notice.EventOn,
                    Authority = notice.Authority,
                    DocumentNumber = notice.DocumentNumber,
                    Note = notice.Note,
                    ReplacesNoticeId = replaces,
                    NotedBy = actor.UserId,
                    NotedAt = clock.GetUtcNow(),
                };
                db.WithdrawalNotices.Add(saved);
            },
            () => saved is null
                ? []
                :
                [
                    new RecordAction(
                        actor.UserId.ToString(),
                        actor.Certificate,
                        saved.OrganisationId,
                        NotedAction,
                        CaseRecord.Subject(caseId),
                        new
                        {
                            noticeId = saved.Id,
                            publicationVersion = saved.PublicationVersion,
                            reason = saved.Reason.ToString(),
                            eventOn = saved.EventOn,
                            authority = saved.Authority,
                            documentNumber = saved.DocumentNumber,
                            note = saved.Note,
                            replacesNoticeId = saved.ReplacesNoticeId,
                            withdrawDue = due.Day,
                        }),
                ],
            ct);

        if (conflict is not null || saved is null)
        {
            return conflict ?? Error.Conflict("publicity.notice_outdated", "Nothing was noted; reload the page.");
        }

        return new OpenWithdrawal(saved, due, PublicationPeriods.State(due, AgencyTime.Today(clock), days));
    }

    /// <summary>
    /// The publication of a case that is on the portal now, as the offices of <paramref name="scope"/> see it:
    /// not found when unpublished or in another office, a conflict when withdrawn.
    /// </summary>
    public async Task<Result<PublicationRow>> LiveAsync(Guid caseId, OrganisationScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var publication = await db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == caseId, ct);
        if (publication is null || !scope.CanSee(publication.OrganisationId))
        {
            return Error.NotFound("publicity.not_found", $"Nothing of case {caseId} is published in your offices.");
        }

        return publication.Withdrawn
            ? Error.Conflict("publicity.already_withdrawn", "This publication is already withdrawn.")
            : publication;
    }

    /// <summary>The open notice of a publication, or null when none is noted for its current version.</summary>
    public async Task<OpenWithdrawal?> OpenAsync(PublicationRow? publication, CancellationToken ct)
    {
        if (publication is not { Withdrawn: false })
        {
            return null;
        }

        var row = await OpenRowAsync(publication, ct);
        return row is null ? null : Open(row, await calendar.LoadAsync(ct));
    }

    /// <summary>The notice noted for the publication's current version that no later notice corrects.</summary>
    public Task<WithdrawalNoticeRow?> OpenRowAsync(PublicationRow publication, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return Unreplaced()
            .FirstOrDefaultAsync(n => n.CaseId == publication.CaseId && n.PublicationVersion == publication.Version, ct);
    }

    /// <summary>The withdrawals still due in the offices of <paramref name="scope"/>, earliest due first.</summary>
    public async Task<IReadOnlyList<WithdrawalDue>> DueAsync(OrganisationScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var visible = scope.VisibleOrganisationIds.ToList();
        var rows = await Unreplaced()
            .Where(n => visible.Contains(n.OrganisationId))
            .Join(
                db.Publications.AsNoTracking().Where(p => !p.Withdrawn),
                n => new { n.CaseId, Version = n.PublicationVersion },
                p => new { p.CaseId, p.Version },
                (n, p) => new { Notice = n, Publication = p })
            .ToListAsync(ct);
        var days = await calendar.LoadAsync(ct);
        return [.. rows
            .Select(r => new WithdrawalDue(r.Publication, Open(r.Notice, days)))
            .OrderBy(d => d.Open.Due.Day)
            .ThenBy(d => d.Publication.DocumentNumber, StringComparer.Ordinal)];
    }

    private IQueryable<WithdrawalNoticeRow> Unreplaced() =>
        db.WithdrawalNotices.AsNoTracking().Where(n => !db.WithdrawalNotices.Any(c => c.ReplacesNoticeId == n.Id));

    private OpenWithdrawal Open(WithdrawalNoticeRow row, WorkingDayCalendar days)
    {
        var due = row.ToNotice().Due(days);
        return new OpenWithdrawal(row, due, PublicationPeriods.State(due, AgencyTime.Today(clock), days));
    }
}
