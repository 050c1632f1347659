using Zhifa.Domain.Calendar;
using Zhifa.Domain.Supervision;

namespace Zhifa.Domain.Tests.Supervision;

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData("2026-11", "2026-11-01", "2026-11-30")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2026-Q4", "2026-10-01", "2026-12-31")]
    [InlineData("2026-q1", "2026-01-01", "2026-03-31")]
    [InlineData("2026", "2026-01-01", "2026-12-31")]
    public void Reads_months_quarters_and_years(string text, string start, string end)
    {
        var period = ReportingPeriod.Parse(text)!;

        Assert.Equal(D(start), period.Start);
        Assert.Equal(D(end), period.End);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-Q0")]
    [InlineData("2026-Q5")]
    [InlineData("1999")]
    [InlineData("2026-1")]
    [InlineData("二〇二六")]
    public void Rejects_what_is_not_a_period(string text) => Assert.Null(ReportingPeriod.Parse(text));

    [Fact]
    public void Previous_crosses_the_year()
    {
        Assert.Equal("2025-12", ReportingPeriod.Month(2026, 1).Previous().Code);
        Assert.Equal("2025-Q4", ReportingPeriod.Quarter(2026, 1).Previous().Code);
        Assert.Equal("2025", ReportingPeriod.Year(2026).Previous().Code);
        Assert.Equal("2026年第4季度", ReportingPeriod.Quarter(2026, 4).ChineseLabel);
    }

    [Fact]
    public void Annual_report_is_due_on_31_january()
    {
        var calendar = WorkingDayCalendar.Empty;

        Assert.Null(AnnualReportDeadline.StateOn(2026, new DateOnly(2026, 12, 31), published: false, calendar, 3));
        Assert.Equal(DeadlineState.Overdue, AnnualReportDeadline.StateOn(2026, new DateOnly(2027, 2, 1), published: false, calendar, 3));
        Assert.Null(AnnualReportDeadline.StateOn(2026, new DateOnly(2027, 2, 1), published: true, calendar, 3));
        Assert.Equal(new DateOnly(2027, 1, 31), AnnualReportDeadline.DueOn(2026));
    }

    private static DateOnly D(string day) => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
}
