namespace Zhifa.Domain.Calendar;

/// <summary>How close a deadline is, for the yellow and red warnings on a case.</summary>
public enum DeadlineState
{
    /// <summary>More working days remain than the warning threshold.</summary>
    Normal,

    /// <summary>Yellow: the deadline is today or within the warning threshold of working days.</summary>
    DueSoon,

    /// <summary>Red: the last day of the period has passed.</summary>
    Overdue,
}
