using Zhifa.Domain.Time;

namespace Zhifa.Domain.Calendar;

/// <summary>
/// The working-day calendar on which legal deadlines are counted: Monday to Friday, minus the days off and
/// plus the adjusted working days (调休上班日) of the State Council's annual holiday notices. A year is
/// published when its notice has been loaded. A year without a notice is counted Monday to Friday, and every
/// result that depends on it is marked provisional. The calendar is immutable, so load a new one after a
/// notice is published.
/// </summary>
/// <remarks>
/// Counting rules. The day on which a period starts is not counted, so a period of N days runs from the
/// next day (Civil Procedure Law 2023, Art. 85; MOHURD Order 55 of 2022, Art. 45). Periods of "2, 3, 5 and
/// 7 days" in the Administrative Penalty Law are working days that exclude statutory holidays (APL Art. 85);
/// longer periods there (15, 60, 90 days) are calendar days. When the last day of a calendar-day period is a
/// statutory rest day (法定休假日), the period ends on the first working day after it (Civil Procedure Law
/// Art. 85).
/// </remarks>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<int> _publishedYears;
    private readonly Dictionary<DateOnly, CalendarDay> _days = [];

    /// <summary>
    /// Builds a calendar from the years whose notices are published and the days those notices set apart.
    /// A day may lie in a year that is not published, because a notice can reach into the December before
    /// its year. Such a day still applies, but results there stay provisional.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A date appears twice, or an adjusted working day is not a Saturday or Sunday. Both mean the stored
    /// notices contradict each other, which publishing a notice refuses.
    /// </exception>
    public WorkingDayCalendar(IEnumerable<int> publishedYears, IEnumerable<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(publishedYears);
        ArgumentNullException.ThrowIfNull(days);

        _publishedYears = [.. publishedYears];
        foreach (var day in days)
        {
            if (day.Kind == CalendarDayKind.AdjustedWorkingDay && !CalendarDay.IsWeekend(day.Date))
            {
                throw new ArgumentException(
                    $"{day.Date:yyyy-MM-dd} is a {day.Date.DayOfWeek}, so it cannot be an adjusted working day.",
                    nameof(days));
            }

            if (!_days.TryAdd(day.Date, day))
            {
                throw new ArgumentException($"{day.Date:yyyy-MM-dd} is set apart twice.", nameof(days));
            }
        }
    }

    /// <summary>A calendar with no published year: every result is provisional, counted Monday to Friday.</summary>
    public static WorkingDayCalendar Empty { get; } = new([], []);

    /// <summary>Builds the calendar of the given published notices.</summary>
    /// <exception cref="ArgumentException">Two notices set apart the same date.</exception>
    public static WorkingDayCalendar From(IReadOnlyCollection<HolidayNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        return new(notices.Select(n => n.Year), notices.SelectMany(n => n.Days));
    }

    /// <summary>The years whose holiday notice is published, in ascending order.</summary>
    public IReadOnlyList<int> PublishedYears => [.. _publishedYears.Order()];

    /// <summary>Whether the holiday notice for <paramref name="year"/> is published.</summary>
    public bool IsPublished(int year) => _publishedYears.Contains(year);

    /// <summary>The notice's entry for a date (holiday or adjusted working day), or null for an ordinary day.</summary>
    public CalendarDay? Find(DateOnly date) => _days.GetValueOrDefault(date);

    /// <summary>
    /// Whether <paramref name="date"/> is a working day: an adjusted working day is; a day off is not;
    /// any other day is when it falls Monday to Friday.
    /// </summary>
    public bool IsWorkingDay(DateOnly date)
    {
        // The notices come before the weekend rule: adjusted working days are Saturdays and Sundays, and a
        // weekend-first check would never let them count.
        if (_days.TryGetValue(date, out var day))
        {
            return day.Kind == CalendarDayKind.AdjustedWorkingDay;
        }

        return !CalendarDay.IsWeekend(date);
    }

    /// <summary>
    /// Returns the last day of a period of <paramref name="days"/> working days that starts on
    /// <paramref name="start"/>. The start day is not counted, so the first day that can count is the next
    /// day, and the result is always a working day. Provisional when a day from the day after the start to
    /// the result lies in an unpublished year.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    public Deadline AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);

        var unpublished = new SortedSet<int>();
        var day = start;
        var counted = 0;
        while (counted < days)
        {
            day = day.AddDays(1);
            NoteIfUnpublished(unpublished, day);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return new Deadline(day, [.. unpublished]);
    }

    /// <summary>
    /// Returns the last day of a period of <paramref name="days"/> calendar days that starts on
    /// <paramref name="start"/>: the start day is not counted, so the period would end on
    /// <c>start + days</c>. When that day is not a working day (a day off in a notice, or a Saturday or
    /// Sunday that is not an adjusted working day), the period ends on the next working day instead.
    /// Provisional when a day from <c>start + days</c> to the result lies in an unpublished year.
    /// </summary>
    /// <remarks>
    /// The Civil Procedure Law (Art. 85) moves the end of a period off a statutory rest day (法定休假日). We
    /// read that term as every day that is not a working day, weekly rest days included. This reading only
    /// moves the end later, so a party does not lose a last day on which the agency is closed. An adjusted
    /// working day is a working day, so a period can end on a Saturday.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    public Deadline AddCalendarDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);

        var unpublished = new SortedSet<int>();
        var day = start.AddDays(days);
        NoteIfUnpublished(unpublished, day);
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
            NoteIfUnpublished(unpublished, day);
        }

        return new Deadline(day, [.. unpublished]);
    }

    /// <summary>
    /// Counts the working days after <paramref name="from"/> up to and including <paramref name="to"/>,
    /// the interval (from, to]. Returns 0 when <paramref name="to"/> is not after <paramref name="from"/>.
    /// Provisional when a day of the interval lies in an unpublished year.
    /// </summary>
    public WorkingDayCount WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var unpublished = new SortedSet<int>();
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            NoteIfUnpublished(unpublished, day);
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return new WorkingDayCount(count, [.. unpublished]);
    }

    /// <summary>
    /// Returns the warning state of a deadline on <paramref name="today"/>: overdue after its last day;
    /// due soon when at most <paramref name="dueSoonWorkingDays"/> working days remain after today (so the
    /// last day itself is always due soon); otherwise normal.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueSoonWorkingDays"/> is negative.</exception>
    public DeadlineState StateOf(DateOnly deadline, DateOnly today, int dueSoonWorkingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonWorkingDays);

        if (today > deadline)
        {
            return DeadlineState.Overdue;
        }

        var remaining = WorkingDaysBetween(today, deadline).Days;
        return remaining <= dueSoonWorkingDays ? DeadlineState.DueSoon : DeadlineState.Normal;
    }

    /// <summary>
    /// Returns the warning state of a deadline today, in the agency's time zone (China Standard Time), as
    /// <see cref="StateOf(DateOnly, DateOnly, int)"/> defines it.
    /// </summary>
    public DeadlineState StateOf(DateOnly deadline, TimeProvider clock, int dueSoonWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return StateOf(deadline, AgencyTime.Today(clock), dueSoonWorkingDays);
    }

    // NOTE: a date counts as settled once its own year is published. A notice may also set apart days in the
    // December before its own year, so such a day can still change when the next year's notice is published,
    // and a result counted over it earlier was not marked provisional.
    private void NoteIfUnpublished(SortedSet<int> unpublished, DateOnly day)
    {
        if (!_publishedYears.Contains(day.Year))
        {
            unpublished.Add(day.Year);
        }
    }
}
