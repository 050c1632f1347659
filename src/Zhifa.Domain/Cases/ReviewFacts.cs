namespace Zhifa.Domain.Cases;

/// <summary>
/// The case's view of its current legal review (法制审核). A review passes only the proposal revision it saw:
/// a later revision voids it (Administrative Penalty Law Art. 58). The review's points, materials and history
/// are kept in <see cref="LegalReview.ReviewTask"/> rows, one per submission.
/// </summary>
public sealed class ReviewFacts
{
    /// <summary>Marked major by an officer, with a reason, beyond what the catalogue decides.</summary>
    public bool MarkedMajor { get; set; }

    public string? MarkedMajorReason { get; set; }

    public DateOnly? SubmittedOn { get; set; }

    /// <summary>1 for the first review of a submission, 2 for the re-review the department asked for.</summary>
    public int Round { get; set; }

    public Guid? AssignedReviewerUserId { get; set; }

    public string? AssignedReviewerName { get; set; }

    public DateOnly? AssignedOn { get; set; }

    /// <summary>Working days added to the review time limit by the one extension a head may grant.</summary>
    public int ExtensionWorkingDays { get; set; }

    public DateOnly? ReviewedOn { get; set; }

    public ReviewOutcome? Outcome { get; set; }

    public int? ReviewedRevision { get; set; }

    public Guid? ReviewerUserId { get; set; }

    public string? ReviewerName { get; set; }

    public string? Opinion { get; set; }

    /// <summary>The day the agency leader or collective discussion settled a disagreement over the review.</summary>
    public DateOnly? RulingOn { get; set; }

    /// <summary>Whether the ruling lets the decision proceed on the reviewed proposal.</summary>
    public bool RulingPassed { get; set; }

    public string? RulingConclusion { get; set; }

    /// <summary>
    /// Whether the latest review, or the ruling on a disputed one, passed <paramref name="revision"/> of the
    /// proposal.
    /// </summary>
    public bool Passed(int revision) =>
        ReviewedRevision == revision
        && (Outcome is ReviewOutcome.Pass or ReviewOutcome.PassWithChanges || (RulingOn is not null && RulingPassed));

    /// <summary>The day the current revision last passed: the review's day, or the ruling's.</summary>
    public DateOnly? PassedOn => RulingOn is not null && RulingPassed ? RulingOn : ReviewedOn;
}
