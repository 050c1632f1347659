using static Zhifa.Domain.Tests.Calendar.Notices;

namespace Zhifa.Domain.Tests.Calendar;

/// <summary>Periods of working days, counted from the day after the start day.</summary>
public sealed class AddWorkingDaysTests
{
    // For 5 days after 2025-01-24, weekend-first counting gives 2025-02-10 and counting without the notice
    // gives 2025-01-31.
    [Theory]
    [InlineData("2025-01-24", 5, "2025-02-07")]
    [InlineData("2025-02-05", 3, "2025-02-08")]
    [InlineData("2025-01-24", 1, "2025-01-26")]
    [InlineData("2025-01-27", 1, "2025-02-05")]
    [InlineData("2025-04-25", 2, "2025-04-28")]
    [InlineData("2025-09-26", 3, "2025-09-30")]
    [InlineData("2025-09-30", 2, "2025-10-10")]
    [InlineData("2025-09-30", 3, "2025-10-11")]
    public void AddWorkingDays_Notice2025_EndsOnExpectedDay(string start, int days, string expected)
    {
        var deadline = Both.AddWorkingDays(Day(start), days);

        Assert.Equal(Day(expected), deadline.Day);
        Assert.False(deadline.IsProvisional);
    }

    [Theory]
    [InlineData("2026-09-30", 7, "2026-10-15")]
    [InlineData("2026-09-18", 3, "2026-09-22")]
    [InlineData("2026-02-13", 1, "2026-02-14")]
    [InlineData("2026-02-13", 2, "2026-02-24")]
    [InlineData("2026-02-27", 1, "2026-02-28")]
    [InlineData("2026-05-08", 1, "2026-05-09")]
    public void AddWorkingDays_Notice2026_EndsOnExpectedDay(string start, int days, string expected)
    {
        Assert.Equal(Day(expected), Both.AddWorkingDays(Day(start), days).Day);
    }

    [Fact]
    public void AddWorkingDays_StartOnHoliday_CountsFromNextDay()
    {
        var deadline = Both.AddWorkingDays(Day("2026-10-03"), 5);

        Assert.Equal(Day("2026-10-13"), deadline.Day);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void AddWorkingDays_NotPositive_Throws(int days)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Both.AddWorkingDays(Day("2026-01-05"), days));
    }
}
