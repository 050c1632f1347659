using System.Globalization;
using Zhifa.Domain.Calendar;
using Zhifa.Domain.Common;
using Zhifa.Domain.Text;

namespace Zhifa.Domain.Publicity;

/// <summary>
/// The event that obliges the agency to take a published decision down: a review body, a court or the agency
/// itself changed, revoked, confirmed unlawful or voided the decision, or ordered it made anew. Staff note it
/// when the document arrives. From then the board counts 3 working days from <see cref="EventOn"/> until the
/// head withdraws it (Administrative Penalty Law Art. 48).
/// </summary>
/// <param name="Authority">Who made the event's decision, such as 长治市人民政府 or an agency's own name.</param>
/// <param name="DocumentNumber">The number of the review decision, judgment or the agency's own decision.</param>
public sealed record WithdrawalNotice(
    WithdrawalReason Reason,
    DateOnly EventOn,
    string Authority,
    string DocumentNumber,
    string? Note)
{
    public const int MaxAuthorityLength = 100;

    public const int MaxDocumentNumberLength = 100;

    public const int MaxNoteLength = 900;

    /// <summary>
    /// Checks what staff typed. The event cannot lie in the future, nor before the decision it concerns was
    /// made. Every error names the field it is about.
    /// </summary>
    public static Result<WithdrawalNotice> Create(
        WithdrawalReason? reason,
        DateOnly? eventOn,
        string? authority,
        string? documentNumber,
        string? note,
        DateOnly decidedOn,
        DateOnly today)
    {
        var errors = new List<Error>();
        if (reason is null || !Enum.IsDefined(reason.Value))
        {
            errors.Add(Field("reason", "publicity.reason_required", "Choose the reason: Revoked, ConfirmedUnlawful, ToBeMadeAnew, DeclaredVoid or Changed."));
        }

        if (eventOn is not { } day)
        {
            errors.Add(Field("eventOn", "publicity.event_on_required", "Give the day the decision was changed, revoked or the like (yyyy-MM-dd); the 3 working days count from it."));
        }
        else if (CheckEventDay(day, decidedOn, today) is { } wrongDay)
        {
            errors.Add(wrongDay);
        }

        CheckText(errors, "authority", authority, MaxAuthorityLength, required: true);
        CheckText(errors, "documentNumber", documentNumber, MaxDocumentNumberLength, required: true);
        CheckText(errors, "note", note, MaxNoteLength, required: false);
        if (errors.Count > 0)
        {
            return Result<WithdrawalNotice>.Failure(errors);
        }

        return new WithdrawalNotice(
            reason!.Value,
            eventOn!.Value,
            authority!.Trim(),
            documentNumber!.Trim(),
            string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }

    /// <summary>
    /// Returns the error for an event day after today or before the decision, or null when the day is valid.
    /// A withdrawal without a notice checks the day it is given the same way.
    /// </summary>
    public static Error? CheckEventDay(DateOnly day, DateOnly decidedOn, DateOnly today)
    {
        if (day > today)
        {
            return Field("eventOn", "publicity.event_in_future", $"The event day {Day(day)} is after today ({Day(today)}); note the event once it has happened.", ("day", Day(day)), ("today", Day(today)));
        }

        return day < decidedOn
            ? Field("eventOn", "publicity.event_before_decision", $"The event day {Day(day)} is before the decision was made ({Day(decidedOn)}); check the date on the document.", ("day", Day(day)), ("decidedOn", Day(decidedOn)))
            : null;
    }

    /// <summary>The last day the withdrawal may be made.</summary>
    public Deadline Due(WorkingDayCalendar calendar) => PublicationPeriods.WithdrawDue(EventOn, calendar);

    private static void CheckText(List<Error> errors, string field, string? value, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(Field(field, "publicity.notice_field_required", $"'{field}' is required."));
            }

            return;
        }

        if (TypedText.FirstUnsafe(value) is { } unsafeCharacter)
        {
            errors.Add(Field(field, "publicity.notice_field_unsafe", $"'{field}' contains the invisible character {TypedText.CodePoint(unsafeCharacter)}; retype the value without it.", ("character", TypedText.CodePoint(unsafeCharacter))));
            return;
        }

        if (value.Trim().Length > max)
        {
            var limit = max.ToString(CultureInfo.InvariantCulture);
            errors.Add(Field(field, "publicity.notice_field_too_long", $"'{field}' has {value.Trim().Length} characters; at most {limit} are allowed.", ("max", limit)));
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Error Field(string field, string code, string message, params (string Name, string Value)[] values)
    {
        var arguments = new Dictionary<string, string> { ["field"] = field };
        foreach (var (name, value) in values)
        {
            arguments[name] = value;
        }

        return Error.Invalid(code, message) with { Arguments = arguments };
    }
}
