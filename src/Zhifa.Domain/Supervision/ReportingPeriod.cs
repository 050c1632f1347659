using System.Globalization;
using System.Text.RegularExpressions;

namespace Zhifa.Domain.Supervision;

/// <summary>How long a reporting period is.</summary>
public enum PeriodKind
{
    Month,
    Quarter,
    Year,
}

/// <summary>
/// A calendar month, quarter or year that the figures cover, written as 2026-11, 2026-Q4 or 2026 in
/// addresses and exports. <see cref="End"/> is the last day inside the period.
/// </summary>
public sealed partial record ReportingPeriod(PeriodKind Kind, DateOnly Start, DateOnly End)
{
    /// <summary>The period's code: 2026-11, 2026-Q4 or 2026.</summary>
    public string Code => Kind switch
    {
        PeriodKind.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => $"{Start.Year}-Q{((Start.Month - 1) / 3) + 1}",
        _ => Start.Year.ToString(CultureInfo.InvariantCulture),
    };

    public string ChineseLabel => Kind switch
    {
        PeriodKind.Month => $"{Start.Year}年{Start.Month}月",
        PeriodKind.Quarter => $"{Start.Year}年第{((Start.Month - 1) / 3) + 1}季度",
        _ => $"{Start.Year}年",
    };

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>The period of the same kind just before this one, for comparisons.</summary>
    public ReportingPeriod Previous() => Kind switch
    {
        PeriodKind.Month => Month(Start.AddMonths(-1).Year, Start.AddMonths(-1).Month),
        PeriodKind.Quarter => Quarter(Start.AddMonths(-3).Year, ((Start.AddMonths(-3).Month - 1) / 3) + 1),
        _ => Year(Start.Year - 1),
    };

    public static ReportingPeriod Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new(PeriodKind.Month, start, start.AddMonths(1).AddDays(-1));
    }

    public static ReportingPeriod Quarter(int year, int quarter)
    {
        var start = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new(PeriodKind.Quarter, start, start.AddMonths(3).AddDays(-1));
    }

    public static ReportingPeriod Year(int year) => new(PeriodKind.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The month that holds <paramref name="today"/>, the default view.</summary>
    public static ReportingPeriod MonthOf(DateOnly today) => Month(today.Year, today.Month);

    /// <summary>Reads 2026-11, 2026-Q4 or 2026; null when the text is none of these.</summary>
    public static ReportingPeriod? Parse(string? text)
    {
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100)
        {
            return null;
        }

        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 ? Month(year, month) : null;
        }

        if (match.Groups["quarter"].Success)
        {
            return Quarter(year, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture));
        }

        return Year(year);
    }

    /// <summary>What <see cref="Parse"/> accepts, for error messages.</summary>
    public const string Formats = "YYYY-MM (a month), YYYY-Qn (a quarter, n = 1 to 4) or YYYY (a year), years 2000 to 2100";

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?:(?<month>\d{2})|[Qq](?<quarter>[1-4])))?$")]
    private static partial Regex Pattern();
}
