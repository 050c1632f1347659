namespace Zhifa.Domain.Calendar;

/// <summary>
/// One date that a holiday notice sets apart from the Monday-to-Friday rule, with the holiday it belongs to
/// (for example 春节), as the notice names it.
/// </summary>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string Name)
{
    /// <summary>Whether the date is a Saturday or Sunday, the weekly rest days of the Monday-to-Friday rule.</summary>
    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
