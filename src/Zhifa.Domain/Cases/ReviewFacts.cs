namespace Zhifa.Domain.Cases;

/// <summary>
/// The latest legal review (法制审核) of the case. A review passes only the proposal revision it saw: a
/// later revision voids it (Administrative Penalty Law Art. 58).
/// </summary>
public sealed class ReviewFacts
{
    /// <summary>Marked major by an officer, with a reason, beyond what the catalogue decides.</summary>
    public bool MarkedMajor { get; set; }

    public string? MarkedMajorReason { get; set; }

    public DateOnly? SubmittedOn { get; set; }

    public DateOnly? ReviewedOn { get; set; }

    public ReviewOutcome? Outcome { get; set; }

    public int? ReviewedRevision { get; set; }

    public Guid? ReviewerUserId { get; set; }

    public string? ReviewerName { get; set; }

    public string? Opinion { get; set; }

    /// <summary>Whether the latest review passed <paramref name="revision"/> of the proposal.</summary>
    public bool Passed(int revision) =>
        Outcome is ReviewOutcome.Pass or ReviewOutcome.PassWithChanges && ReviewedRevision == revision;
}
