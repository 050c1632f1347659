using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Calendar;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Calendar;

/// <summary>
/// Publishing a year's notice adds a version, keeps the earlier ones and appends an entry to the
/// full-process record, on both databases.
/// </summary>
public sealed class PublishYearTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static HolidayNotice Notice(int year, IEnumerable<CalendarDay> days, string? documentNumber = null) =>
        HolidayNotice.Create(year, $"测试通知 {year}", documentNumber, new DateOnly(year - 1, 11, 4), null, days).Value;

    [Fact]
    public async Task PublishYear_CorrectedNotice_AddsVersionAndRecordEntry()
    {
        await using var scope = new CalendarScope(factory);
        var legal = await scope.MaintainerAsync("legal");
        var current = (await scope.Calendar.FindYearAsync(2026, CancellationToken.None))!;
        var corrected = Notice(2026, current.Notice.Days.Where(d => d.Date != Day("2026-02-28")), "测试文号");
        var sizeBefore = await scope.LedgerSizeAsync();

        var result = await scope.Calendar.PublishYearAsync(corrected, legal, CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(current.Version + 1, result.Value.Version);
        Assert.Equal(sizeBefore + 1, await scope.LedgerSizeAsync());
        var entry = await scope.Db.LedgerEntries.AsNoTracking().OrderByDescending(e => e.Index).FirstAsync();
        Assert.Equal("calendar.year_published", entry.Action);
        Assert.Equal("calendar/2026", entry.Subject);
        Assert.Equal(legal.UserId.ToString(), entry.Actor);
        var payload = await scope.Db.LedgerPayloads.AsNoTracking().SingleAsync(p => p.EntryIndex == entry.Index);
        var details = Encoding.UTF8.GetString(payload.Payload);
        Assert.Contains($"\"version\":{current.Version + 1}", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishYear_CorrectedNotice_KeepsEarlierVersionRows()
    {
        await using var scope = new CalendarScope(factory);
        var legal = await scope.MaintainerAsync("legal");
        var current = (await scope.Calendar.FindYearAsync(2025, CancellationToken.None))!;
        var corrected = Notice(2025, current.Notice.Days.Where(d => d.Date != Day("2025-10-11")));

        await scope.Calendar.PublishYearAsync(corrected, legal, CancellationToken.None);

        var versions = await scope.Calendar.VersionsAsync(2025, CancellationToken.None);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Contains(versions[0].Notice.Days, d => d.Date == Day("2025-10-11"));
        Assert.DoesNotContain(versions[1].Notice.Days, d => d.Date == Day("2025-10-11"));
        var calendar = await scope.Calendar.LoadAsync(CancellationToken.None);
        Assert.False(calendar.IsWorkingDay(Day("2025-10-11")));
        Assert.True(calendar.IsWorkingDay(Day("2025-09-28")));
    }

    [Fact]
    public async Task PublishYear_SameNoticeAgain_RecordsNothing()
    {
        await using var scope = new CalendarScope(factory);
        var legal = await scope.MaintainerAsync("legal");
        var first = await scope.Calendar.PublishYearAsync(
            Notice(2031, [new CalendarDay(Day("2031-01-01"), CalendarDayKind.Holiday, "测试假日")]),
            legal,
            CancellationToken.None);
        var sizeBefore = await scope.LedgerSizeAsync();

        var again = await scope.Calendar.PublishYearAsync(
            Notice(2031, [new CalendarDay(Day("2031-01-01"), CalendarDayKind.Holiday, "测试假日")]),
            legal,
            CancellationToken.None);

        Assert.Equal(first.Value.Version, again.Value.Version);
        Assert.Equal(sizeBefore, await scope.LedgerSizeAsync());
        Assert.Single(await scope.Calendar.VersionsAsync(2031, CancellationToken.None));
    }

    [Fact]
    public async Task PublishYear_CountyMaintainer_IsRejected()
    {
        await using var scope = new CalendarScope(factory);
        var county = await scope.MaintainerAsync("xiangyuan.legal");
        var sizeBefore = await scope.LedgerSizeAsync();

        var result = await scope.Calendar.PublishYearAsync(
            Notice(2032, [new CalendarDay(Day("2032-01-01"), CalendarDayKind.Holiday, "测试假日")]),
            county,
            CancellationToken.None);

        Assert.Equal("calendar.not_maintainer", Assert.Single(result.Errors).Code);
        Assert.Equal(sizeBefore, await scope.LedgerSizeAsync());
        Assert.Null(await scope.Calendar.FindYearAsync(2032, CancellationToken.None));
    }

    [Fact]
    public async Task PublishYear_DateSetByOtherYear_IsRejected()
    {
        await using var scope = new CalendarScope(factory);
        var legal = await scope.MaintainerAsync("legal");
        await scope.Calendar.PublishYearAsync(
            Notice(2034, [new CalendarDay(Day("2033-12-31"), CalendarDayKind.AdjustedWorkingDay, "测试假日")]),
            legal,
            CancellationToken.None);

        var result = await scope.Calendar.PublishYearAsync(
            Notice(2033, [new CalendarDay(Day("2033-12-31"), CalendarDayKind.Holiday, "测试假日")]),
            legal,
            CancellationToken.None);

        Assert.Equal("calendar.date_in_other_notice", Assert.Single(result.Errors).Code);
        Assert.Null(await scope.Calendar.FindYearAsync(2033, CancellationToken.None));
    }

    [Fact]
    public async Task LoadMissingYears_AfterStart_PublishesNothing()
    {
        await using var scope = new CalendarScope(factory);
        var sizeBefore = await scope.LedgerSizeAsync();

        var loaded = await scope.Seed.LoadMissingYearsAsync(CancellationToken.None);

        Assert.Empty(loaded);
        Assert.Equal(sizeBefore, await scope.LedgerSizeAsync());
    }

    [Fact]
    public async Task CalendarDays_Update_IsRejectedByDatabase()
    {
        await using var scope = new CalendarScope(factory);

        var update = scope.Db.Database.ExecuteSqlRawAsync("UPDATE calendar_days SET \"Name\" = 'changed'");

        await Assert.ThrowsAnyAsync<DbException>(() => update);
        Assert.DoesNotContain(
            await scope.Db.CalendarDays.AsNoTracking().Select(d => d.Name).ToListAsync(),
            name => name == "changed");
    }
}
