using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Access;
using Zhifa.Domain.Calendar;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.Organisations;
using Zhifa.Domain.Publicity;
using Zhifa.Domain.Text;
using Zhifa.Domain.Time;
using Zhifa.Infrastructure.Calendar;
using Zhifa.Infrastructure.Cases;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Publicity;

/// <summary>The preview of a case's publication: the masked draft, its digest, and the deadline it must meet.</summary>
public sealed record PublicationPreview(
    PublicationDraft Draft,
    string Digest,
    Deadline Due,
    DeadlineState State,
    PublicationRow? Current);

/// <summary>
/// Publishes and withdraws decisions and inspection results. A department head or agency leader of the
/// deciding office approves (whoever enforces publishes, Opinion No. 118 part 2). Each publication and
/// withdrawal is one new version, its full-process record entry and one outbox event per push target, all in
/// one transaction.
/// </summary>
public sealed class PublicationService(
    ZhifaDbContext db,
    RecordWriter record,
    CalendarRepository calendar,
    WithdrawalNoticeService notices,
    TimeProvider clock,
    WebhookSettings webhooks)
{
    /// <summary>The longest note a withdrawal adds to its published reason.</summary>
    public const int MaxWithdrawalNoteLength = 700;

    public const string PublishedAction = "publicity.published";

    public const string WithdrawnAction = "publicity.withdrawn";

    public static bool MayApprove(CaseActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.HasAnyRole([Roles.DepartmentHead, Roles.AgencyLeader]);
    }

    public async Task<Result<PublicationPreview>> PreviewAsync(Guid caseId, OrganisationScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !scope.CanSee(c.OrganisationId))
        {
            return CaseErrors.NotFound(caseId);
        }

        var body = await BodyOfAsync(c.OrganisationId, ct);
        var draft = PublicationDrafts.For(c, body);
        if (!draft.IsSuccess)
        {
            return Result<PublicationPreview>.Failure(draft.Errors);
        }

        var days = await calendar.LoadAsync(ct);
        var due = PublicationPeriods.PublishDue(draft.Value.Kind, draft.Value.DecidedOn, days);
        var current = await db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == caseId, ct);
        var state = current is { Withdrawn: false }
            ? DeadlineState.Normal
            : PublicationPeriods.State(due, AgencyTime.Today(clock), days);
        return new PublicationPreview(draft.Value, Digest(draft.Value), due, state, current);
    }

    /// <summary>
    /// Publishes the draft the approver previewed: <paramref name="digest"/> must be the preview's, so a case
    /// changed since the preview is not published unseen.
    /// </summary>
    public async Task<Result<PublicationRow>> PublishAsync(
        Guid caseId, string? digest, CaseActor actor, OrganisationScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!MayApprove(actor))
        {
            return Error.Rule(
                "publicity.not_authorised",
                "Only a department head or an agency leader of the deciding office approves a publication.",
                PublicityLaw.WhoPublishes);
        }

        var preview = await PreviewAsync(caseId, scope, ct);
        if (!preview.IsSuccess)
        {
            return Result<PublicationRow>.Failure(preview.Errors);
        }

        if (!string.Equals(digest, preview.Value.Digest, StringComparison.Ordinal))
        {
            return Error.Conflict(
                "publicity.stale_preview",
                "The case changed since the preview (or no preview digest was sent); preview it again before approving.");
        }

        if (preview.Value.Current is { Withdrawn: false } live && Digest(live) == preview.Value.Digest)
        {
            return Error.Conflict("publicity.already_published", $"This version is already published (version {live.Version}).");
        }

        if (IsWithdrawnUnchanged(preview.Value))
        {
            return Error.Rule(
                "publicity.withdrawn_unchanged",
                "This decision was withdrawn and the case still holds the same decision; a changed decision or one made anew is published once the case records it.",
                PublicityLaw.Withdrawal);
        }

        return await SaveVersionAsync(caseId, PublishedAction, PublicationEvents.Published, actor, row => row.CopyFrom(preview.Value.Draft), ct);
    }

    /// <summary>Whether the draft is the very decision that was withdrawn, which may not be published again.</summary>
    public static bool IsWithdrawnUnchanged(PublicationPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return preview.Current is { Withdrawn: true } gone && Digest(gone) == preview.Digest;
    }

    /// <summary>
    /// Withdraws a published item with its published reason (Administrative Penalty Law Art. 48). When an
    /// event is noted for it (<see cref="WithdrawalNoticeService"/>), the withdrawal takes the notice's reason
    /// and event day, and the published reason names the document that required it. The record entry shows
    /// whether the 3 working days were kept.
    /// </summary>
    public async Task<Result<PublicationRow>> WithdrawAsync(
        Guid caseId,
        WithdrawalReason? reason,
        string? note,
        DateOnly? eventOn,
        CaseActor actor,
        OrganisationScope scope,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(scope);
        if (!MayApprove(actor))
        {
            return Error.Rule(
                "publicity.not_authorised",
                "Only a department head or an agency leader of the deciding office withdraws a publication.",
                PublicityLaw.WhoPublishes);
        }

        var live = await notices.LiveAsync(caseId, scope, ct);
        if (!live.IsSuccess)
        {
            return Result<PublicationRow>.Failure(live.Errors);
        }

        var current = live.Value;
        var notice = await notices.OpenRowAsync(current, ct);
        var today = AgencyTime.Today(clock);
        var problems = WithdrawalProblems(reason, note, eventOn, notice, current.DecidedOn, today);
        if (problems.Count > 0)
        {
            return Result<PublicationRow>.Failure(problems);
        }

        var withdrawalReason = (reason ?? notice?.Reason)!.Value;
        var reasonText = WithdrawalReasons.Chinese(withdrawalReason)
            + (notice is null ? "" : $"（{notice.Authority} {notice.DocumentNumber}）")
            + (string.IsNullOrWhiteSpace(note) ? "" : "：" + note.Trim());

        // The reason is published: mask what the facts would have masked, the party's name included.
        var party = (await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct))?.Party;
        var names = party is { Kind: PartyKind.Individual } ? new[] { party.Name } : [];
        reasonText = TextMasker.Mask(reasonText, names, [party?.IdNumber ?? "", party?.Telephone ?? ""]);

        var day = notice?.EventOn ?? eventOn ?? today;
        var due = PublicationPeriods.WithdrawDue(day, await calendar.LoadAsync(ct)).Day;
        return await SaveVersionAsync(
            caseId,
            WithdrawnAction,
            PublicationEvents.Withdrawn,
            actor,
            row =>
            {
                row.CopyFrom(current);
                row.Withdrawn = true;
                row.WithdrawalReason = withdrawalReason;
                row.WithdrawalNote = reasonText;
            },
            ct,
            new { eventOn = day, withdrawDue = due, late = today > due, noticeId = notice?.Id });
    }

    /// <summary>
    /// Lists what is wrong with a withdrawal request. With a noted event, its reason and day are binding, and a
    /// wrong notice is corrected instead. A different reason would publish a false statement beside the noted
    /// document, and a different day would hide a late withdrawal. Without a notice, the day is checked as a
    /// notice's would be.
    /// </summary>
    private static List<Error> WithdrawalProblems(
        WithdrawalReason? reason, string? note, DateOnly? eventOn, WithdrawalNoticeRow? notice, DateOnly decidedOn, DateOnly today)
    {
        var problems = new List<Error>();
        if ((reason ?? notice?.Reason) is not { } chosen || !Enum.IsDefined(chosen))
        {
            problems.Add(Field("reason", Error.Invalid("publicity.reason_required", "'reason' is required: Revoked, ConfirmedUnlawful, ToBeMadeAnew, DeclaredVoid or Changed.")));
        }
        else if (notice is not null && chosen != notice.Reason)
        {
            problems.Add(Field("reason", Error.Invalid(
                "publicity.reason_differs_from_notice",
                $"The noted reason is {notice.Reason}; withdraw with it, or correct the notice first.") with
            {
                Arguments = new Dictionary<string, string> { ["noted"] = WithdrawalReasons.Chinese(notice.Reason) },
            }));
        }

        if (notice is not null && eventOn is { } asked && asked != notice.EventOn)
        {
            problems.Add(Field("eventOn", Error.Invalid(
                "publicity.event_differs_from_notice",
                $"The noted event day is {notice.EventOn:yyyy-MM-dd}; the 3 working days count from it. Correct the notice if it is wrong.") with
            {
                Arguments = new Dictionary<string, string> { ["noted"] = notice.EventOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
            }));
        }
        else if (notice is null && eventOn is { } day && WithdrawalNotice.CheckEventDay(day, decidedOn, today) is { } wrongDay)
        {
            problems.Add(wrongDay);
        }

        if (TypedText.FirstUnsafe(note) is { } character)
        {
            problems.Add(Field("note", Error.Invalid("publicity.notice_field_unsafe", $"The note contains the invisible character {TypedText.CodePoint(character)}; retype it without it.") with
            {
                Arguments = new Dictionary<string, string> { ["character"] = TypedText.CodePoint(character) },
            }));
        }
        else if (note is not null && note.Trim().Length > MaxWithdrawalNoteLength)
        {
            problems.Add(Field("note", Error.Invalid("publicity.note_too_long", $"The note has {note.Trim().Length} characters; at most {MaxWithdrawalNoteLength} are allowed.") with
            {
                Arguments = new Dictionary<string, string> { ["max"] = MaxWithdrawalNoteLength.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            }));
        }

        return problems;
    }

    private static Error Field(string field, Error error) =>
        error with { Arguments = new Dictionary<string, string>(error.Arguments) { ["field"] = field } };

    private async Task<Result<PublicationRow>> SaveVersionAsync(
        Guid caseId,
        string action,
        string eventType,
        CaseActor actor,
        Action<PublishedFields> fill,
        CancellationToken ct,
        object? extra = null)
    {
        PublicationRow? saved = null;
        PublicationVersionRow? version = null;
        await record.SaveAsync(
            async token =>
            {
                // Under the record's append lock: sequences are handed out and committed in order.
                var now = clock.GetUtcNow();
                var sequence = (await db.PublicationVersions.MaxAsync(v => (long?)v.Sequence, token) ?? 0) + 1;
                var eventId = (await db.OutboxEvents.MaxAsync(e => (long?)e.Id, token) ?? 0) + 1;
                var row = await db.Publications.FirstOrDefaultAsync(p => p.CaseId == caseId, token);
                var versionNumber = (row?.Version ?? 0) + 1;
                version = new PublicationVersionRow { Sequence = sequence, Version = versionNumber, Action = action, ActorUserId = actor.UserId, At = now };
                fill(version);
                version.CaseId = caseId;
                db.PublicationVersions.Add(version);

                if (row is null)
                {
                    row = new PublicationRow { PublishedAt = now };
                    db.Publications.Add(row);
                }

                row.CopyFrom(version);
                row.Version = versionNumber;
                row.FeedSequence = sequence;
                row.ChangedAt = now;
                if (action == PublishedAction)
                {
                    row.PublishedAt = now;
                }

                row.SearchText = PublicationRow.SearchTextOf(row);

                var outbox = new OutboxEventRow
                {
                    Id = eventId,
                    EventId = Guid.NewGuid(),
                    CaseId = caseId,
                    CaseSequence = versionNumber,
                    Type = eventType,
                    CreatedAt = now,
                };
                outbox.Body = PublicationEvents.Serialize(outbox.EventId, eventType, version, now);
                db.OutboxEvents.Add(outbox);
                foreach (var target in webhooks.Targets)
                {
                    db.WebhookDeliveries.Add(new WebhookDeliveryRow
                    {
                        Id = Guid.NewGuid(),
                        EventId = outbox.Id,
                        CaseId = caseId,
                        CaseSequence = versionNumber,
                        Target = target.Name,
                        State = DeliveryState.Pending,
                        NextAttemptAt = now,
                        LeaseUntil = now,
                    });
                }

                saved = row;
            },
            () =>
            [
                new RecordAction(
                    actor.UserId.ToString(),
                    actor.Certificate,
                    saved!.OrganisationId,
                    action,
                    CaseRecord.Subject(caseId),
                    new
                    {
                        version = version!.Version,
                        sequence = version.Sequence,
                        kind = version.Kind.ToString(),
                        documentNumber = version.DocumentNumber,
                        digest = Digest(version),
                        withdrawalReason = version.WithdrawalReason?.ToString(),
                        withdrawalNote = version.WithdrawalNote,
                        details = extra,
                    }),
            ],
            ct);
        return saved!;
    }

    /// <summary>The enforcement body a unit acts for: the nearest office above it (its departments act in its name).</summary>
    private async Task<string> BodyOfAsync(Guid organisationId, CancellationToken ct)
    {
        var all = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, ct);
        if (!all.TryGetValue(organisationId, out var node))
        {
            return "";
        }

        while (node.Kind != OrganisationKind.Office && node.ParentId is { } parent && all.TryGetValue(parent, out var up))
        {
            node = up;
        }

        return node.Name;
    }

    /// <summary>SHA-256 over the public fields, so an approval names exactly what was previewed.</summary>
    public static string Digest(PublicationDraft d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return DigestOf(d.Kind.ToString(), d.Body, d.DocumentNumber, d.Title, d.Party, d.PartyKind, d.Facts, d.Basis, d.Result, d.DecidedOn.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    public static string Digest(PublishedFields d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return DigestOf(d.Kind.ToString(), d.Body, d.DocumentNumber, d.Title, d.Party, d.PartyKind, d.Facts, d.Basis, d.Result, d.DecidedOn.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string DigestOf(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(parts))));
}
