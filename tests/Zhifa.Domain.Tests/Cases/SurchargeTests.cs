using Zhifa.Domain.Cases;

namespace Zhifa.Domain.Tests.Cases;

public sealed class SurchargeTests
{
    [Theory]
    [InlineData(10_000, "2026-07-07", "2026-07-07", 0)]
    [InlineData(10_000, "2026-07-07", "2026-07-08", 300)]
    [InlineData(10_000, "2026-07-07", "2026-08-09", 9_900)]
    [InlineData(10_000, "2026-07-07", "2026-08-10", 10_000)]
    [InlineData(10_000, "2026-07-07", "2027-07-07", 10_000)]
    [InlineData(333.33, "2026-07-07", "2026-07-08", 10)]
    public void Surcharge_is_three_percent_a_day_capped_at_the_fine(double fine, string due, string paid, double expected)
    {
        var owed = Surcharge.Owed((decimal)fine, Calendar.Notices.Day(due), Calendar.Notices.Day(paid));

        Assert.Equal((decimal)expected, owed);
    }
}
