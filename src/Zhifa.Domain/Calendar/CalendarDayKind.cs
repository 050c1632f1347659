namespace Zhifa.Domain.Calendar;

/// <summary>How a holiday notice changes a day from the Monday-to-Friday rule.</summary>
public enum CalendarDayKind
{
    /// <summary>A day off (放假日): a statutory holiday or a weekday given off in exchange for a weekend day.</summary>
    Holiday,

    /// <summary>An adjusted working day (调休上班日): a Saturday or Sunday that the notice makes a working day.</summary>
    AdjustedWorkingDay,
}
