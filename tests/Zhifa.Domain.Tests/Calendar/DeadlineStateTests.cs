using Microsoft.Extensions.Time.Testing;
using Zhifa.Domain.Calendar;
using static Zhifa.Domain.Tests.Calendar.Notices;

namespace Zhifa.Domain.Tests.Calendar;

/// <summary>Yellow and red warnings for a deadline, counted in working days, with today in China time.</summary>
public sealed class DeadlineStateTests
{
    private static readonly DateOnly Deadline = Day("2025-02-07");

    // Two working days' warning before a deadline that falls just after the 2025 Spring Festival break.
    [Theory]
    [InlineData("2025-01-23T02:00:00Z", DeadlineState.Normal)]
    [InlineData("2025-01-27T02:00:00Z", DeadlineState.Normal)]
    [InlineData("2025-01-28T02:00:00Z", DeadlineState.Normal)]
    [InlineData("2025-02-05T02:00:00Z", DeadlineState.DueSoon)]
    [InlineData("2025-02-07T15:59:59Z", DeadlineState.DueSoon)]
    [InlineData("2025-02-07T16:00:00Z", DeadlineState.Overdue)]
    public void StateOf_TwoDayWarning_FollowsWorkingDaysLeft(string now, DeadlineState expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, Both.StateOf(Deadline, clock, dueSoonWorkingDays: 2));
    }

    [Fact]
    public void StateOf_ZeroThresholdOnLastDay_IsDueSoon()
    {
        Assert.Equal(DeadlineState.DueSoon, Both.StateOf(Deadline, Deadline, dueSoonWorkingDays: 0));
        Assert.Equal(DeadlineState.Normal, Both.StateOf(Deadline, Day("2025-02-06"), dueSoonWorkingDays: 0));
    }

    [Fact]
    public void StateOf_BreakBeforeDeadline_CountsOnlyWorkingDays()
    {
        var today = Day("2025-01-27");

        Assert.Equal(DeadlineState.DueSoon, Both.StateOf(Deadline, today, dueSoonWorkingDays: 3));
        Assert.Equal(DeadlineState.Normal, Both.StateOf(Deadline, today, dueSoonWorkingDays: 2));
    }

    [Fact]
    public void StateOf_NegativeThreshold_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Both.StateOf(Deadline, Deadline, dueSoonWorkingDays: -1));
    }
}
