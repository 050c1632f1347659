using Zhifa.Domain.Calendar;
using static Zhifa.Domain.Tests.Calendar.Notices;

namespace Zhifa.Domain.Tests.Calendar;

/// <summary>Which days are working days under the State Council notices, make-up weekend days included.</summary>
public sealed class IsWorkingDayTests
{
    // A calendar that applies the weekend rule before the notice never counts a make-up Sunday.
    [Theory]
    [InlineData("2025-01-26", true)]
    [InlineData("2025-01-29", false)]
    [InlineData("2025-02-08", true)]
    [InlineData("2025-02-04", false)]
    [InlineData("2025-02-05", true)]
    [InlineData("2025-01-25", false)]
    public void IsWorkingDay_SpringFestival2025_FollowsNotice(string date, bool expected)
    {
        Assert.Equal(expected, Both.IsWorkingDay(Day(date)));
    }

    [Theory]
    [InlineData("2026-01-01", false)]
    [InlineData("2026-01-02", false)]
    [InlineData("2026-01-03", false)]
    [InlineData("2026-01-04", true)]
    [InlineData("2026-01-05", true)]
    [InlineData("2026-02-13", true)]
    [InlineData("2026-02-14", true)]
    [InlineData("2026-02-15", false)]
    [InlineData("2026-02-16", false)]
    [InlineData("2026-02-17", false)]
    [InlineData("2026-02-18", false)]
    [InlineData("2026-02-19", false)]
    [InlineData("2026-02-20", false)]
    [InlineData("2026-02-21", false)]
    [InlineData("2026-02-22", false)]
    [InlineData("2026-02-23", false)]
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-03-01", false)]
    [InlineData("2026-04-03", true)]
    [InlineData("2026-04-04", false)]
    [InlineData("2026-04-05", false)]
    [InlineData("2026-04-06", false)]
    [InlineData("2026-04-07", true)]
    [InlineData("2026-05-01", false)]
    [InlineData("2026-05-02", false)]
    [InlineData("2026-05-03", false)]
    [InlineData("2026-05-04", false)]
    [InlineData("2026-05-05", false)]
    [InlineData("2026-05-06", true)]
    [InlineData("2026-05-09", true)]
    [InlineData("2026-05-10", false)]
    [InlineData("2026-06-18", true)]
    [InlineData("2026-06-19", false)]
    [InlineData("2026-06-20", false)]
    [InlineData("2026-06-21", false)]
    [InlineData("2026-06-22", true)]
    [InlineData("2026-09-19", false)]
    [InlineData("2026-09-20", true)]
    [InlineData("2026-09-25", false)]
    [InlineData("2026-09-26", false)]
    [InlineData("2026-09-27", false)]
    [InlineData("2026-09-28", true)]
    [InlineData("2026-09-30", true)]
    [InlineData("2026-10-01", false)]
    [InlineData("2026-10-02", false)]
    [InlineData("2026-10-03", false)]
    [InlineData("2026-10-04", false)]
    [InlineData("2026-10-05", false)]
    [InlineData("2026-10-06", false)]
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-08", true)]
    [InlineData("2026-10-10", true)]
    [InlineData("2026-10-11", false)]
    public void IsWorkingDay_Notice2026_FollowsNotice(string date, bool expected)
    {
        Assert.Equal(expected, Both.IsWorkingDay(Day(date)));
    }

    [Theory]
    [InlineData("2027-01-01", true)]
    [InlineData("2027-01-02", false)]
    [InlineData("2027-10-01", true)]
    public void IsWorkingDay_UnpublishedYear_IsMondayToFriday(string date, bool expected)
    {
        Assert.Equal(expected, Both.IsWorkingDay(Day(date)));
    }

    // 2025: 261 weekdays, 18 of them days off, 5 make-up weekend days. 2026: 261 weekdays, 19 off, 6 make-up.
    [Theory]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void WorkingDays_WholeYear_MatchNoticeTotals(int year, int expected)
    {
        var count = Both.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31));

        Assert.Equal(expected, count.Days);
        Assert.False(count.IsProvisional);
    }

    [Fact]
    public void Constructor_WeekdayAsAdjustedWorkingDay_Throws()
    {
        var monday = new CalendarDay(Day("2026-03-02"), CalendarDayKind.AdjustedWorkingDay, "测试");

        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([2026], [monday]));
    }

    [Fact]
    public void From_TwoNoticesSameDate_Throws()
    {
        var other = HolidayNotice.Create(
            2027,
            "测试通知",
            null,
            Day("2026-11-04"),
            null,
            [new CalendarDay(Day("2026-12-31"), CalendarDayKind.Holiday, "测试")]).Value;
        var again = HolidayNotice.Create(
            2026,
            "测试通知",
            null,
            Day("2025-11-04"),
            null,
            [new CalendarDay(Day("2026-12-31"), CalendarDayKind.Holiday, "测试")]).Value;

        Assert.Throws<ArgumentException>(() => WorkingDayCalendar.From([other, again]));
    }
}
