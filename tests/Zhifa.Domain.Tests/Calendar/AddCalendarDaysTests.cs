using static Zhifa.Domain.Tests.Calendar.Notices;

namespace Zhifa.Domain.Tests.Calendar;

/// <summary>Periods of calendar days (15, 60, 90 days) and the move off a last day that is not a working day.</summary>
public sealed class AddCalendarDaysTests
{
    [Theory]
    [InlineData("2026-09-17", 15, "2026-10-08")]
    [InlineData("2026-09-20", 15, "2026-10-08")]
    [InlineData("2026-02-01", 15, "2026-02-24")]
    public void AddCalendarDays_LastDayHoliday_MovesToNextWorkingDay(string start, int days, string expected)
    {
        Assert.Equal(Day(expected), Both.AddCalendarDays(Day(start), days).Day);
    }

    [Theory]
    [InlineData("2026-02-20", 15, "2026-03-09")]
    [InlineData("2026-02-21", 15, "2026-03-09")]
    public void AddCalendarDays_LastDayWeekend_MovesToMonday(string start, int days, string expected)
    {
        Assert.Equal(Day(expected), Both.AddCalendarDays(Day(start), days).Day);
    }

    [Theory]
    [InlineData("2026-09-25", 15, "2026-10-10")]
    [InlineData("2026-01-29", 15, "2026-02-13")]
    [InlineData("2026-01-30", 15, "2026-02-14")]
    public void AddCalendarDays_LastDayWorkingDay_EndsThatDay(string start, int days, string expected)
    {
        Assert.Equal(Day(expected), Both.AddCalendarDays(Day(start), days).Day);
    }

    [Theory]
    [InlineData("2026-08-02", 60, "2026-10-08")]
    [InlineData("2026-07-03", 90, "2026-10-08")]
    [InlineData("2026-03-01", 90, "2026-06-01")]
    public void AddCalendarDays_LongPeriods_EndOnExpectedDay(string start, int days, string expected)
    {
        Assert.Equal(Day(expected), Both.AddCalendarDays(Day(start), days).Day);
    }

    [Fact]
    public void AddCalendarDays_StartNotCounted_FifteenDaysLater()
    {
        var deadline = Both.AddCalendarDays(Day("2026-03-02"), 15);

        Assert.Equal(Day("2026-03-17"), deadline.Day);
        Assert.False(deadline.IsProvisional);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-15)]
    public void AddCalendarDays_NotPositive_Throws(int days)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Both.AddCalendarDays(Day("2026-01-05"), days));
    }
}
