using Zhifa.Domain.Calendar;
using Zhifa.Domain.Common;
using static Zhifa.Domain.Tests.Calendar.Notices;

namespace Zhifa.Domain.Tests.Calendar;

/// <summary>The checks a holiday notice passes before it can be published.</summary>
public sealed class HolidayNoticeTests
{
    private static Result<HolidayNotice> Create(int year, params CalendarDay[] days) =>
        HolidayNotice.Create(year, "测试通知", null, Day("2025-11-04"), null, days);

    private static CalendarDay Off(string date) => new(Day(date), CalendarDayKind.Holiday, "测试假日");

    private static CalendarDay Work(string date) => new(Day(date), CalendarDayKind.AdjustedWorkingDay, "测试假日");

    [Fact]
    public void Create_Notice2026_KeepsDaysInDateOrder()
    {
        var notice = Create(2026, Work("2026-01-04"), Off("2026-01-01"), Off("2025-12-31")).Value;

        Assert.Equal([Day("2025-12-31"), Day("2026-01-01"), Day("2026-01-04")], notice.Days.Select(d => d.Date));
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(20266)]
    public void Create_YearOutOfRange_IsRejected(int year)
    {
        var result = Create(year, Off("2026-01-01"));

        Assert.Equal("calendar.year_out_of_range", Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("2025-11-30")]
    [InlineData("2027-01-01")]
    public void Create_DayOutsideNoticeYear_IsRejected(string date)
    {
        var result = Create(2026, Off(date));

        Assert.Equal("calendar.day_outside_year", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Create_WeekdayAsWorkingDay_IsRejected()
    {
        var result = Create(2026, Work("2026-02-27"));

        Assert.Equal("calendar.working_day_not_weekend", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Create_DateTwice_IsRejected()
    {
        var result = Create(2026, Off("2026-10-01"), Work("2026-10-10"), Off("2026-10-01"));

        Assert.Equal("calendar.duplicate_date", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Create_NoDays_IsRejected()
    {
        Assert.Equal("calendar.no_days", Assert.Single(Create(2026).Errors).Code);
    }

    [Fact]
    public void Create_SeveralProblems_ReportsEach()
    {
        var result = HolidayNotice.Create(
            2026,
            " ",
            null,
            Day("2025-11-04"),
            null,
            [Work("2026-03-03"), new CalendarDay(Day("2026-03-04"), CalendarDayKind.Holiday, "")]);

        Assert.Equal(
            ["calendar.text_missing", "calendar.working_day_not_weekend", "calendar.text_missing"],
            result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void HasSameContent_SameNoticeRebuilt_IsTrue()
    {
        var rebuilt = HolidayNotice.Create(
            2026,
            Year2026.Title,
            Year2026.DocumentNumber,
            Year2026.IssuedOn,
            Year2026.SourceUrl,
            Year2026.Days.Reverse()).Value;

        Assert.True(rebuilt.HasSameContent(Year2026));
        Assert.False(Year2025.HasSameContent(Year2026));
    }
}
