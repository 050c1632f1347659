using static Zhifa.Domain.Tests.Calendar.Notices;

namespace Zhifa.Domain.Tests.Calendar;

/// <summary>Working days in the interval (from, to], for the warnings on a running period.</summary>
public sealed class WorkingDaysBetweenTests
{
    [Theory]
    [InlineData("2025-01-24", "2025-02-07", 5)]
    [InlineData("2025-01-27", "2025-02-07", 3)]
    [InlineData("2026-09-30", "2026-10-15", 7)]
    [InlineData("2026-09-18", "2026-09-20", 1)]
    [InlineData("2026-02-14", "2026-02-23", 0)]
    [InlineData("2026-02-13", "2026-02-14", 1)]
    [InlineData("2026-03-02", "2026-03-02", 0)]
    [InlineData("2026-03-06", "2026-03-02", 0)]
    public void WorkingDaysBetween_Interval_CountsWorkingDaysAfterStart(string from, string to, int expected)
    {
        var count = Both.WorkingDaysBetween(Day(from), Day(to));

        Assert.Equal(expected, count.Days);
        Assert.False(count.IsProvisional);
    }

    [Theory]
    [InlineData("2025-01-24", 5)]
    [InlineData("2026-09-30", 7)]
    [InlineData("2026-02-13", 2)]
    public void WorkingDaysBetween_StartAndDeadline_EqualsPeriod(string start, int days)
    {
        var deadline = Both.AddWorkingDays(Day(start), days);

        Assert.Equal(days, Both.WorkingDaysBetween(Day(start), deadline.Day).Days);
    }
}
