namespace Zhifa.Domain.Cases;

/// <summary>
/// The late-payment surcharge (加处罚款): 3% of the fine for each day after the payment deadline, never more
/// than the fine itself (Administrative Penalty Law Art. 72).
/// </summary>
public static class Surcharge
{
    public const decimal DailyRate = 0.03m;

    /// <summary>
    /// Returns the surcharge owed when paying on <paramref name="paidOn"/>, rounded to the fen. Days on or
    /// before <paramref name="due"/> cost nothing.
    /// </summary>
    public static decimal Owed(decimal fine, DateOnly due, DateOnly paidOn)
    {
        var lateDays = paidOn.DayNumber - due.DayNumber;
        if (lateDays <= 0 || fine <= 0)
        {
            return 0m;
        }

        var surcharge = fine * DailyRate * lateDays;
        return Math.Round(Math.Min(surcharge, fine), 2, MidpointRounding.AwayFromZero);
    }
}
