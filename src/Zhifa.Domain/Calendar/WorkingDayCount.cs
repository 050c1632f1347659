namespace Zhifa.Domain.Calendar;

/// <summary>
/// A number of working days, and the years without a published holiday notice that the count passed
/// through. A provisional count treated those years as Monday to Friday.
/// </summary>
public sealed record WorkingDayCount(int Days, IReadOnlyList<int> UnpublishedYears)
{
    /// <summary>Whether the count used a year without a published notice, so it may still change.</summary>
    public bool IsProvisional => UnpublishedYears.Count > 0;

    public bool Equals(WorkingDayCount? other) =>
        other is not null && Days == other.Days && UnpublishedYears.SequenceEqual(other.UnpublishedYears);

    public override int GetHashCode() => HashCode.Combine(Days, UnpublishedYears.Count);
}
