using Zhifa.Domain.Calendar;

namespace Zhifa.Domain.Supervision;

/// <summary>
/// The annual enforcement statistics of a year are due by 31 January of the next year (Opinion No. 118
/// §(6)); it is a fixed calendar date, not a count of working days.
/// </summary>
public static class AnnualReportDeadline
{
    public static DateOnly DueOn(int year) => new(year + 1, 1, 31);

    /// <summary>
    /// The state of the report of <paramref name="year"/> on <paramref name="today"/>: none before the year
    /// has ended, normal or yellow while it runs, red once 31 January has passed without a publication.
    /// </summary>
    public static DeadlineState? StateOn(int year, DateOnly today, bool published, WorkingDayCalendar calendar, int dueSoonWorkingDays)
    {
        if (published || today.Year <= year)
        {
            return null;
        }

        return calendar.StateOf(DueOn(year), today, dueSoonWorkingDays);
    }
}
