using Zhifa.Domain.Calendar;

namespace Zhifa.Infrastructure.Calendar;

/// <summary>
/// The State Council holiday notices shipped with Zhifa. Each holiday lists its days off as a range and its
/// adjusted working days one by one, in the notice's order. The source URL names a published copy of the
/// notice's text.
/// </summary>
internal static class StateCouncilNotices
{
    /// <summary>国办发明电〔2024〕12号, issued 2024-11-12.</summary>
    public static HolidayNotice Year2025 { get; } = Notice(
        2025,
        "国办发明电〔2024〕12号",
        new DateOnly(2024, 11, 12),
        "https://m.gmw.cn/2024-11/12/content_1303894933.htm",
        Off("元旦", new(2025, 1, 1), new(2025, 1, 1)),
        Off("春节", new(2025, 1, 28), new(2025, 2, 4)),
        Work("春节", new(2025, 1, 26), new(2025, 2, 8)),
        Off("清明节", new(2025, 4, 4), new(2025, 4, 6)),
        Off("劳动节", new(2025, 5, 1), new(2025, 5, 5)),
        Work("劳动节", new DateOnly(2025, 4, 27)),
        Off("端午节", new(2025, 5, 31), new(2025, 6, 2)),
        Off("国庆节、中秋节", new(2025, 10, 1), new(2025, 10, 8)),
        Work("国庆节、中秋节", new(2025, 9, 28), new(2025, 10, 11)));

    /// <summary>Issued 2025-11-04. Its document number is not known here, so it is left empty.</summary>
    public static HolidayNotice Year2026 { get; } = Notice(
        2026,
        documentNumber: null,
        new DateOnly(2025, 11, 4),
        "https://politics.gmw.cn/2025-11/04/content_38391083.htm",
        Off("元旦", new(2026, 1, 1), new(2026, 1, 3)),
        Work("元旦", new DateOnly(2026, 1, 4)),
        Off("春节", new(2026, 2, 15), new(2026, 2, 23)),
        Work("春节", new(2026, 2, 14), new(2026, 2, 28)),
        Off("清明节", new(2026, 4, 4), new(2026, 4, 6)),
        Off("劳动节", new(2026, 5, 1), new(2026, 5, 5)),
        Work("劳动节", new DateOnly(2026, 5, 9)),
        Off("端午节", new(2026, 6, 19), new(2026, 6, 21)),
        Off("中秋节", new(2026, 9, 25), new(2026, 9, 27)),
        Off("国庆节", new(2026, 10, 1), new(2026, 10, 7)),
        Work("国庆节", new(2026, 9, 20), new(2026, 10, 10)));

    public static IReadOnlyList<HolidayNotice> All { get; } = [Year2025, Year2026];

    private static HolidayNotice Notice(
        int year,
        string? documentNumber,
        DateOnly issuedOn,
        string sourceUrl,
        params IEnumerable<CalendarDay>[] holidays)
    {
        var notice = HolidayNotice.Create(
            year,
            $"国务院办公厅关于{year}年部分节假日安排的通知",
            documentNumber,
            issuedOn,
            sourceUrl,
            holidays.SelectMany(h => h));
        if (!notice.IsSuccess)
        {
            throw new InvalidOperationException(
                $"The shipped notice for {year} is invalid: {notice.Errors[0].Message}");
        }

        return notice.Value;
    }

    private static IEnumerable<CalendarDay> Off(string name, DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            yield return new CalendarDay(day, CalendarDayKind.Holiday, name);
        }
    }

    private static IEnumerable<CalendarDay> Work(string name, params DateOnly[] days) =>
        days.Select(day => new CalendarDay(day, CalendarDayKind.AdjustedWorkingDay, name));
}
