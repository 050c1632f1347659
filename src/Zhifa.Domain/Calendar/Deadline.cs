namespace Zhifa.Domain.Calendar;

/// <summary>
/// The last day of a period, and the years without a published holiday notice that the count passed
/// through. A provisional deadline was counted Monday to Friday in those years; it becomes final only
/// when it is counted again after their notices are published.
/// </summary>
public sealed record Deadline(DateOnly Day, IReadOnlyList<int> UnpublishedYears)
{
    /// <summary>Whether the count used a year without a published notice, so the day may still move.</summary>
    public bool IsProvisional => UnpublishedYears.Count > 0;

    public bool Equals(Deadline? other) =>
        other is not null && Day == other.Day && UnpublishedYears.SequenceEqual(other.UnpublishedYears);

    public override int GetHashCode() => HashCode.Combine(Day, UnpublishedYears.Count);
}
