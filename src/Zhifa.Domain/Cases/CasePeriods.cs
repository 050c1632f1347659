using Zhifa.Domain.Calendar;

namespace Zhifa.Domain.Cases;

/// <summary>
/// The legal periods of a case, computed on the working-day calendar. The penalty law's periods of up to 7
/// days count working days; longer ones count calendar days and end on the next working day when they fall
/// on a day off. The start day is never counted.
/// </summary>
public static class CasePeriods
{
    /// <summary>Clue verification before filing: 15 working days (housing ministry rules Art. 15).</summary>
    public const int ClueVerificationWorkingDays = 15;

    /// <summary>Statement and defence after the notice: 5 working days (housing ministry rules Art. 22).</summary>
    public const int StatementWorkingDays = 5;

    /// <summary>Hearing request after the notice: 5 working days (APL Art. 64).</summary>
    public const int HearingRequestWorkingDays = 5;

    /// <summary>Hearing notice at least 7 working days before the hearing (APL Art. 64).</summary>
    public const int HearingNoticeWorkingDays = 7;

    /// <summary>Decision after filing: 90 days plus recorded extensions (APL Art. 60).</summary>
    public const int DecisionDays = 90;

    /// <summary>At most 30 days by a head and then 60 by collective decision (housing ministry rules Art. 29).</summary>
    public const int MaximumExtensionDays = 90;

    /// <summary>Delivery of a decision to an absent party: 7 working days (APL Art. 61).</summary>
    public const int DeliveryWorkingDays = 7;

    /// <summary>Payment of a fine: 15 days from receipt of the decision (APL Art. 67).</summary>
    public const int PaymentDays = 15;

    /// <summary>Public-notice delivery takes effect 30 days after the notice (Civil Procedure Law Art. 95).</summary>
    public const int PublicNoticeDays = 30;

    /// <summary>Closing form after execution: 15 working days (housing ministry rules Art. 31).</summary>
    public const int ClosingWorkingDays = 15;

    /// <summary>On-the-spot decision filed with the agency: 3 working days (housing ministry rules Art. 14).</summary>
    public const int SimpleFilingWorkingDays = 3;

    public static Deadline? ClueVerification(EnforcementCase c, WorkingDayCalendar calendar) =>
        c.Procedure == ProcedureKind.GeneralPenalty
            ? calendar.AddWorkingDays(c.RegisteredOn, ClueVerificationWorkingDays)
            : null;

    public static Deadline? StatementEnds(EnforcementCase c, WorkingDayCalendar calendar) =>
        c.Notice.ServedOn is { } served ? calendar.AddWorkingDays(served, StatementWorkingDays) : null;

    public static Deadline? HearingRequestEnds(EnforcementCase c, WorkingDayCalendar calendar) =>
        c.Notice is { ServedOn: { } served, HearingRightOffered: true }
            ? calendar.AddWorkingDays(served, HearingRequestWorkingDays)
            : null;

    /// <summary>The earliest day a hearing may be held after its notice is served.</summary>
    public static Deadline EarliestHearing(DateOnly noticeServedOn, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(noticeServedOn, HearingNoticeWorkingDays);

    public static Deadline? DecisionDue(EnforcementCase c, WorkingDayCalendar calendar) =>
        c.FiledOn is { } filed && c.Procedure == ProcedureKind.GeneralPenalty
            ? calendar.AddCalendarDays(filed, DecisionDays + c.Decision.ExtensionDays)
            : null;

    public static Deadline? DeliveryDue(EnforcementCase c, WorkingDayCalendar calendar) =>
        c.Decision.DecidedOn is { } decided ? calendar.AddWorkingDays(decided, DeliveryWorkingDays) : null;

    public static Deadline? PaymentDue(EnforcementCase c, WorkingDayCalendar calendar) =>
        c.Decision.DeliveredOn is { } delivered && c.Proposal.Penalties.HasFlag(PenaltyKinds.Fine)
            ? calendar.AddCalendarDays(delivered, PaymentDays)
            : null;

    public static Deadline? ClosingDue(EnforcementCase c, WorkingDayCalendar calendar) =>
        c.Execution.ExecutedOn is { } executed ? calendar.AddWorkingDays(executed, ClosingWorkingDays) : null;

    public static Deadline? SimpleFilingDue(EnforcementCase c, WorkingDayCalendar calendar) =>
        c.Procedure == ProcedureKind.SimplePenalty && c.Decision.DecidedOn is { } decided
            ? calendar.AddWorkingDays(decided, SimpleFilingWorkingDays)
            : null;
}
