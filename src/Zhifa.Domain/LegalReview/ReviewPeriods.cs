using Zhifa.Domain.Calendar;
using Zhifa.Domain.Cases;

namespace Zhifa.Domain.LegalReview;

/// <summary>
/// The legal review time limit: <see cref="CaseSettings.LegalReviewWorkingDays"/> working days from the
/// submission (5 by default, after the model rules), plus the one extension a head may grant. The submission
/// day is not counted.
/// </summary>
public static class ReviewPeriods
{
    public static Deadline? Due(EnforcementCase c, WorkingDayCalendar calendar, CaseSettings settings) =>
        c.Review.SubmittedOn is { } submitted
            ? calendar.AddWorkingDays(submitted, settings.LegalReviewWorkingDays + c.Review.ExtensionWorkingDays)
            : null;
}
