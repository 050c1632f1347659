using System.Globalization;
using Zhifa.Domain.Calendar;

namespace Zhifa.Domain.Tests.Calendar;

/// <summary>
/// The 2025 and 2026 State Council holiday notices, transcribed for the tests independently of the copy the
/// product ships, so a slip in either shows up as a failing test.
/// </summary>
internal static class Notices
{
    public static HolidayNotice Year2025 { get; } = Build(
        2025,
        Off("元旦", "2025-01-01", "2025-01-01"),
        Off("春节", "2025-01-28", "2025-02-04"),
        Work("春节", "2025-01-26", "2025-02-08"),
        Off("清明节", "2025-04-04", "2025-04-06"),
        Off("劳动节", "2025-05-01", "2025-05-05"),
        Work("劳动节", "2025-04-27"),
        Off("端午节", "2025-05-31", "2025-06-02"),
        Off("国庆节、中秋节", "2025-10-01", "2025-10-08"),
        Work("国庆节、中秋节", "2025-09-28", "2025-10-11"));

    public static HolidayNotice Year2026 { get; } = Build(
        2026,
        Off("元旦", "2026-01-01", "2026-01-03"),
        Work("元旦", "2026-01-04"),
        Off("春节", "2026-02-15", "2026-02-23"),
        Work("春节", "2026-02-14", "2026-02-28"),
        Off("清明节", "2026-04-04", "2026-04-06"),
        Off("劳动节", "2026-05-01", "2026-05-05"),
        Work("劳动节", "2026-05-09"),
        Off("端午节", "2026-06-19", "2026-06-21"),
        Off("中秋节", "2026-09-25", "2026-09-27"),
        Off("国庆节", "2026-10-01", "2026-10-07"),
        Work("国庆节", "2026-09-20", "2026-10-10"));

    /// <summary>Only 2025 published: the state of the calendar in December 2025 before the 2026 notice.</summary>
    public static WorkingDayCalendar Only2025 => WorkingDayCalendar.From([Year2025]);

    public static WorkingDayCalendar Both => WorkingDayCalendar.From([Year2025, Year2026]);

    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static HolidayNotice Build(int year, params IEnumerable<CalendarDay>[] groups) =>
        HolidayNotice.Create(
            year,
            $"国务院办公厅关于{year}年部分节假日安排的通知",
            documentNumber: null,
            issuedOn: new DateOnly(year - 1, 11, 4),
            sourceUrl: null,
            groups.SelectMany(g => g)).Value;

    private static IEnumerable<CalendarDay> Off(string name, string first, string last)
    {
        for (var day = Day(first); day <= Day(last); day = day.AddDays(1))
        {
            yield return new CalendarDay(day, CalendarDayKind.Holiday, name);
        }
    }

    private static IEnumerable<CalendarDay> Work(string name, params string[] days) =>
        days.Select(d => new CalendarDay(Day(d), CalendarDayKind.AdjustedWorkingDay, name));
}
