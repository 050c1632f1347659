using Zhifa.Domain.Common;

namespace Zhifa.Domain.Calendar;

/// <summary>
/// The State Council's notice of holiday arrangements for one year (国务院办公厅关于某年部分节假日安排的通知):
/// its title, document number, date of issue and source, and the days it sets apart, in date order.
/// Only <see cref="Create"/> builds one, so every notice has passed its checks.
/// </summary>
public sealed class HolidayNotice
{
    /// <summary>The earliest year accepted, a guard against mistyped years.</summary>
    public const int MinYear = 2000;

    /// <summary>The latest year accepted, the last whose December 31 <see cref="DateOnly"/> can hold.</summary>
    public const int MaxYear = 9999;

    public const int MaxTitleLength = 200;

    public const int MaxDocumentNumberLength = 100;

    public const int MaxSourceUrlLength = 400;

    public const int MaxDayNameLength = 40;

    private HolidayNotice(
        int year,
        string title,
        string? documentNumber,
        DateOnly issuedOn,
        string? sourceUrl,
        IReadOnlyList<CalendarDay> days)
    {
        Year = year;
        Title = title;
        DocumentNumber = documentNumber;
        IssuedOn = issuedOn;
        SourceUrl = sourceUrl;
        Days = days;
    }

    /// <summary>The year the notice arranges.</summary>
    public int Year { get; }

    public string Title { get; }

    /// <summary>The document number (文号), for example 国办发明电〔2024〕12号; null when it is not known.</summary>
    public string? DocumentNumber { get; }

    public DateOnly IssuedOn { get; }

    /// <summary>Where the text of the notice was read, or null.</summary>
    public string? SourceUrl { get; }

    public IReadOnlyList<CalendarDay> Days { get; }

    /// <summary>
    /// Checks a notice and returns it, or every problem found. Rejected: a year outside
    /// <see cref="MinYear"/> to <see cref="MaxYear"/>; an empty or over-long title, day name, document number
    /// or source; no days; a day outside December of the year before to December 31 of the year (notices
    /// arrange New Year across the turn of the year); an adjusted working day that is not a Saturday or
    /// Sunday; a date listed twice.
    /// </summary>
    public static Result<HolidayNotice> Create(
        int year,
        string title,
        string? documentNumber,
        DateOnly issuedOn,
        string? sourceUrl,
        IEnumerable<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);

        if (year is < MinYear or > MaxYear)
        {
            return CalendarErrors.YearOutOfRange(year);
        }

        var listed = days.ToList();
        var errors = new List<Error>();

        CheckText(errors, "notice title", title, MaxTitleLength, isRequired: true);
        CheckText(errors, "document number", documentNumber, MaxDocumentNumberLength, isRequired: false);
        CheckText(errors, "source", sourceUrl, MaxSourceUrlLength, isRequired: false);
        if (listed.Count == 0)
        {
            errors.Add(CalendarErrors.NoDays(year));
        }

        CheckDays(errors, year, listed);
        if (errors.Count > 0)
        {
            return Result<HolidayNotice>.Failure(errors);
        }

        var ordered = listed.OrderBy(d => d.Date).Select(d => d with { Name = d.Name.Trim() }).ToList();
        return new HolidayNotice(year, title.Trim(), Blank(documentNumber), issuedOn, Blank(sourceUrl), ordered);
    }

    /// <summary>Whether another notice is the same text: same year, fields and days.</summary>
    public bool HasSameContent(HolidayNotice other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Year == other.Year
            && Title == other.Title
            && DocumentNumber == other.DocumentNumber
            && IssuedOn == other.IssuedOn
            && SourceUrl == other.SourceUrl
            && Days.SequenceEqual(other.Days);
    }

    private static void CheckDays(List<Error> errors, int year, IReadOnlyList<CalendarDay> days)
    {
        var first = new DateOnly(year - 1, 12, 1);
        var last = new DateOnly(year, 12, 31);
        var seen = new HashSet<DateOnly>();
        foreach (var day in days)
        {
            if (day.Date < first || day.Date > last)
            {
                errors.Add(CalendarErrors.DayOutsideYear(day.Date, year));
            }

            if (day.Kind == CalendarDayKind.AdjustedWorkingDay && !CalendarDay.IsWeekend(day.Date))
            {
                errors.Add(CalendarErrors.WorkingDayNotWeekend(day.Date));
            }

            if (!seen.Add(day.Date))
            {
                errors.Add(CalendarErrors.DuplicateDate(day.Date));
            }

            CheckText(errors, $"name of {day.Date:yyyy-MM-dd}", day.Name, MaxDayNameLength, isRequired: true);
        }
    }

    private static void CheckText(List<Error> errors, string field, string? value, int maxLength, bool isRequired)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (isRequired)
            {
                errors.Add(CalendarErrors.TextMissing(field));
            }

            return;
        }

        if (value.Trim().Length > maxLength)
        {
            errors.Add(CalendarErrors.TextTooLong(field, maxLength));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
