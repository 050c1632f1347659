using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhifa.Infrastructure.Calendar;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Calendar;

/// <summary>
/// The holiday notices shipped with Zhifa, stored in the database at first start and read back as the
/// working-day calendar, on both databases.
/// </summary>
public sealed class DemoCalendarTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task DemoDatabase_AfterStart_Has2025And2026Published()
    {
        await using var scope = new CalendarScope(factory);

        var calendar = await scope.Calendar.LoadAsync(CancellationToken.None);

        Assert.Equal([2025, 2026], calendar.PublishedYears);
        var year2025 = await scope.Calendar.FindYearAsync(2025, CancellationToken.None);
        Assert.NotNull(year2025);
        Assert.Equal(1, year2025.Version);
        Assert.Equal("国办发明电〔2024〕12号", year2025.Notice.DocumentNumber);
        Assert.Equal(CalendarSeed.SystemActor, year2025.PublishedByName);
    }

    [Fact]
    public async Task DemoDatabase_AfterStart_RecordedEachYear()
    {
        await using var scope = new CalendarScope(factory);

        var subjects = await scope.Db.LedgerEntries.AsNoTracking()
            .Where(e => e.Action == CalendarRepository.YearPublishedAction)
            .OrderBy(e => e.Index)
            .Select(e => e.Subject)
            .ToListAsync();

        Assert.Equal(["calendar/2025", "calendar/2026"], subjects);
    }

    // A calendar that applies the weekend rule before the notice gives 2025-02-10, and one without the notice
    // gives 2025-01-31.
    [Fact]
    public async Task StoredCalendar_SpringFestival2025_CountsMakeUpDays()
    {
        await using var scope = new CalendarScope(factory);

        var calendar = await scope.Calendar.LoadAsync(CancellationToken.None);

        var fiveDays = calendar.AddWorkingDays(Day("2025-01-24"), 5);
        Assert.Equal(Day("2025-02-07"), fiveDays.Day);
        Assert.False(fiveDays.IsProvisional);
        Assert.Equal(Day("2025-02-08"), calendar.AddWorkingDays(Day("2025-02-05"), 3).Day);
        Assert.True(calendar.IsWorkingDay(Day("2025-01-26")));
        Assert.False(calendar.IsWorkingDay(Day("2025-01-29")));
    }

    [Fact]
    public async Task StoredCalendar_AcrossNewYear2026_IsFinalJanuary19()
    {
        await using var scope = new CalendarScope(factory);

        var deadline = (await scope.Calendar.LoadAsync(CancellationToken.None)).AddWorkingDays(Day("2025-12-20"), 20);

        Assert.Equal(Day("2026-01-19"), deadline.Day);
        Assert.False(deadline.IsProvisional);
    }

    // Every day off and every adjusted working day of the 2026 notice, as the shipped data stores them.
    [Theory]
    [InlineData("2026-01-01", false)]
    [InlineData("2026-01-02", false)]
    [InlineData("2026-01-03", false)]
    [InlineData("2026-01-04", true)]
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
    [InlineData("2026-02-28", true)]
    [InlineData("2026-04-04", false)]
    [InlineData("2026-04-05", false)]
    [InlineData("2026-04-06", false)]
    [InlineData("2026-05-01", false)]
    [InlineData("2026-05-02", false)]
    [InlineData("2026-05-03", false)]
    [InlineData("2026-05-04", false)]
    [InlineData("2026-05-05", false)]
    [InlineData("2026-05-09", true)]
    [InlineData("2026-06-19", false)]
    [InlineData("2026-06-20", false)]
    [InlineData("2026-06-21", false)]
    [InlineData("2026-09-20", true)]
    [InlineData("2026-09-25", false)]
    [InlineData("2026-09-26", false)]
    [InlineData("2026-09-27", false)]
    [InlineData("2026-10-01", false)]
    [InlineData("2026-10-02", false)]
    [InlineData("2026-10-03", false)]
    [InlineData("2026-10-04", false)]
    [InlineData("2026-10-05", false)]
    [InlineData("2026-10-06", false)]
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-10", true)]
    public async Task StoredCalendar_Notice2026_FollowsNotice(string date, bool expected)
    {
        await using var scope = new CalendarScope(factory);

        var calendar = await scope.Calendar.LoadAsync(CancellationToken.None);

        Assert.Equal(expected, calendar.IsWorkingDay(Day(date)));
    }

    // 2025: 261 weekdays, 18 of them days off, 5 make-up weekend days. 2026: 261 weekdays, 19 off, 6 make-up.
    [Theory]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public async Task StoredCalendar_WholeYear_MatchesNoticeTotals(int year, int expected)
    {
        await using var scope = new CalendarScope(factory);

        var calendar = await scope.Calendar.LoadAsync(CancellationToken.None);

        var count = calendar.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31));
        Assert.Equal(expected, count.Days);
    }

    [Fact]
    public async Task CalendarApi_PublishedYear_ListsNoticeAndDays()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/calendar/2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2026, root.GetProperty("year").GetInt32());
        Assert.Equal("2025-11-04", root.GetProperty("notice").GetProperty("issuedOn").GetString());
        var days = root.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(39, days.Count);
        var february14 = days.Single(d => d.GetProperty("date").GetString() == "2026-02-14");
        Assert.Equal("AdjustedWorkingDay", february14.GetProperty("kind").GetString());
        Assert.Equal("春节", february14.GetProperty("name").GetString());
    }

    [Fact]
    public async Task CalendarApi_UnpublishedYear_Returns404WithCode()
    {
        var response = await factory.CreateClient().GetAsync("/api/calendar/2030");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("calendar.year_not_published", body, StringComparison.Ordinal);
    }
}
