using Zhifa.Domain.Common;

namespace Zhifa.Domain.Calendar;

/// <summary>The expected failures of the working-day calendar, with stable codes prefixed <c>calendar.</c>.</summary>
public static class CalendarErrors
{
    public static Error YearOutOfRange(int year) =>
        Error.Invalid(
            "calendar.year_out_of_range",
            $"The year {year} is outside {HolidayNotice.MinYear} to {HolidayNotice.MaxYear}. "
            + "Enter the year the notice is for.");

    public static Error TextMissing(string field) =>
        Error.Invalid("calendar.text_missing", $"The {field} is empty. Copy it from the notice.");

    public static Error TextTooLong(string field, int maxLength) =>
        Error.Invalid(
            "calendar.text_too_long",
            $"The {field} is longer than {maxLength} characters. Shorten it to the notice's own wording.");

    public static Error NoDays(int year) =>
        Error.Invalid(
            "calendar.no_days",
            $"The notice for {year} lists no days off and no adjusted working days. Enter the days the notice lists.");

    public static Error DayOutsideYear(DateOnly date, int year) =>
        Error.Invalid(
            "calendar.day_outside_year",
            $"{date:yyyy-MM-dd} is outside the notice for {year}, which may list days from December {year - 1} "
            + $"to December {year}. Check the year of the date.");

    public static Error WorkingDayNotWeekend(DateOnly date) =>
        Error.Invalid(
            "calendar.working_day_not_weekend",
            $"{date:yyyy-MM-dd} is a {date.DayOfWeek}, which is a working day already. "
            + "An adjusted working day must be a Saturday or Sunday.");

    public static Error DuplicateDate(DateOnly date) =>
        Error.Invalid(
            "calendar.duplicate_date",
            $"{date:yyyy-MM-dd} is listed more than once. List each date once, as a day off or as a working day.");

    public static Error DateInOtherNotice(DateOnly date, int otherYear) =>
        Error.Conflict(
            "calendar.date_in_other_notice",
            $"{date:yyyy-MM-dd} is already set by the published notice for {otherYear}. "
            + $"Publish a corrected notice for {otherYear} without that date first.");

    public static Error YearNotPublished(int year) =>
        Error.NotFound(
            "calendar.year_not_published",
            $"No holiday notice for {year} is published. Deadlines in {year} are counted Monday to Friday "
            + "and marked provisional until the legal affairs office publishes the notice.");

    public static Error NotMaintainer() =>
        Error.Forbidden(
            "calendar.not_maintainer",
            "Only the legal affairs office or a system administrator of the top-level office "
            + "publishes holiday notices.");
}
