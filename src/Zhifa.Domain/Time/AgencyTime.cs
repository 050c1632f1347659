namespace Zhifa.Domain.Time;

/// <summary>
/// The agency's local time. Instants are stored in UTC; legal days (the day a notice was served, the day
/// a certificate expires) are days in China Standard Time, UTC+8 all year without daylight saving.
/// </summary>
public static class AgencyTime
{
    /// <summary>China Standard Time. A fixed offset is exact: China has had no daylight saving since 1991.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The UTC interval [start, end) that makes up the local day.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) DayBounds(DateOnly day)
    {
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();
        return (start, start.AddDays(1));
    }

    /// <summary>Today in the agency's time zone.</summary>
    public static DateOnly Today(TimeProvider clock) => LocalDate(clock.GetUtcNow());

    /// <summary>
    /// The first day of a period that starts "the day after" an event, such as service of a notice:
    /// the local day after the local day of the event (the start day is not counted).
    /// </summary>
    public static DateOnly DayAfter(DateTimeOffset instant) => LocalDate(instant).AddDays(1);
}
