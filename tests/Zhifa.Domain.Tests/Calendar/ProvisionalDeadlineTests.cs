using Zhifa.Domain.Calendar;
using static Zhifa.Domain.Tests.Calendar.Notices;

namespace Zhifa.Domain.Tests.Calendar;

/// <summary>
/// A deadline that reaches a year whose notice is not yet published is provisional, never silently
/// final, and becomes final once the notice is loaded.
/// </summary>
public sealed class ProvisionalDeadlineTests
{
    [Fact]
    public void AddWorkingDays_Before2026Notice_IsProvisional()
    {
        var deadline = Only2025.AddWorkingDays(Day("2025-12-20"), 20);

        Assert.Equal(Day("2026-01-16"), deadline.Day);
        Assert.True(deadline.IsProvisional);
        Assert.Equal([2026], deadline.UnpublishedYears);
    }

    [Fact]
    public void AddWorkingDays_After2026Notice_IsFinalJanuary19()
    {
        var deadline = Both.AddWorkingDays(Day("2025-12-20"), 20);

        Assert.Equal(Day("2026-01-19"), deadline.Day);
        Assert.False(deadline.IsProvisional);
        Assert.Empty(deadline.UnpublishedYears);
    }

    [Fact]
    public void AddWorkingDays_WithinPublishedYear_IsFinal()
    {
        var deadline = Only2025.AddWorkingDays(Day("2025-12-10"), 10);

        Assert.Equal(Day("2025-12-24"), deadline.Day);
        Assert.False(deadline.IsProvisional);
    }

    [Fact]
    public void AddWorkingDays_NoNoticeAtAll_ListsEveryYearCrossed()
    {
        var deadline = WorkingDayCalendar.Empty.AddWorkingDays(Day("2025-12-30"), 3);

        Assert.Equal(Day("2026-01-02"), deadline.Day);
        Assert.Equal([2025, 2026], deadline.UnpublishedYears);
    }

    [Fact]
    public void AddCalendarDays_EndInUnpublishedYear_IsProvisional()
    {
        var deadline = Both.AddCalendarDays(Day("2026-12-17"), 15);

        Assert.Equal(Day("2027-01-01"), deadline.Day);
        Assert.True(deadline.IsProvisional);
        Assert.Equal([2027], deadline.UnpublishedYears);
    }

    [Fact]
    public void AddCalendarDays_OnlyStartYearUnpublished_IsFinal()
    {
        var deadline = WorkingDayCalendar.From([Year2026]).AddCalendarDays(Day("2025-12-20"), 15);

        Assert.Equal(Day("2026-01-04"), deadline.Day);
        Assert.False(deadline.IsProvisional);
    }

    [Fact]
    public void WorkingDaysBetween_IntoUnpublishedYear_IsProvisional()
    {
        var count = Only2025.WorkingDaysBetween(Day("2025-12-20"), Day("2026-01-19"));

        Assert.Equal(21, count.Days);
        Assert.Equal([2026], count.UnpublishedYears);
    }

    [Fact]
    public void Deadline_SameDayAndYears_AreEqual()
    {
        Assert.Equal(new Deadline(Day("2026-01-16"), [2026]), new Deadline(Day("2026-01-16"), new List<int> { 2026 }));
        Assert.NotEqual(new Deadline(Day("2026-01-16"), [2026]), new Deadline(Day("2026-01-16"), []));
    }
}
