using Zhifa.Domain.Time;

namespace Zhifa.Domain.Tests.Time;

/// <summary>Which local day an instant belongs to, in China Standard Time.</summary>
public sealed class AgencyTimeTests
{
    [Theory]
    [InlineData("2025-05-31T15:59:59Z", "2025-05-31")]
    [InlineData("2025-05-31T16:00:00Z", "2025-06-01")]
    [InlineData("2025-05-31T22:59:51Z", "2025-06-01")]
    [InlineData("2025-06-01T07:59:59+08:00", "2025-06-01")]
    public void LocalDate_Instant_IsChinaDate(string instant, string day)
    {
        var parsed = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), AgencyTime.LocalDate(parsed));
    }

    [Fact]
    public void DayAfter_ServedAt1630Utc_StartsOnJuneSecond()
    {
        var served = new DateTimeOffset(2025, 5, 31, 16, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2025, 6, 2), AgencyTime.DayAfter(served));
    }

    [Fact]
    public void DayBounds_JuneFirst_AreSixteenHundredUtc()
    {
        var (start, end) = AgencyTime.DayBounds(new DateOnly(2025, 6, 1));

        Assert.Equal(new DateTimeOffset(2025, 5, 31, 16, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 16, 0, 0, TimeSpan.Zero), end);
    }
}
