using Zhifa.Domain.Calendar;

namespace Zhifa.Domain.Publicity;

/// <summary>
/// Publication deadlines on the working-day calendar, the start day not counted: penalty and permit decisions
/// within 7 working days of the decision, other results within 20, a withdrawal within 3 working days of the
/// event that requires it (RULES 2.1.5, 1.2.2, 7.7).
/// </summary>
public static class PublicationPeriods
{
    public const int PenaltyWorkingDays = 7;

    public const int OtherResultWorkingDays = 20;

    public const int WithdrawalWorkingDays = 3;

    /// <summary>Yellow when at most this many working days remain.</summary>
    public const int DueSoonWorkingDays = 2;

    public static int WorkingDaysFor(PublicationKind kind) =>
        kind == PublicationKind.PenaltyDecision ? PenaltyWorkingDays : OtherResultWorkingDays;

    public static Deadline PublishDue(PublicationKind kind, DateOnly decidedOn, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(decidedOn, WorkingDaysFor(kind));
    }

    public static Deadline WithdrawDue(DateOnly eventOn, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(eventOn, WithdrawalWorkingDays);
    }

    public static DeadlineState State(Deadline due, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.StateOf(due.Day, today, DueSoonWorkingDays);
    }
}
