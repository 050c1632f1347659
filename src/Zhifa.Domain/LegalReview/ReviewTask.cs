using Zhifa.Domain.Cases;

namespace Zhifa.Domain.LegalReview;

/// <summary>
/// One legal review (法制审核): a submission of one proposal revision of one case, its materials, its reviewer,
/// time limit, findings and opinion, and how it ended. A re-review is a new task of round 2 on the same revision.
/// Tasks are changed only by <see cref="ReviewTasks.Follow"/> from the case step that took effect, in the same
/// transaction, so a task never disagrees with the case's history.
/// </summary>
public sealed class ReviewTask
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>The organisation (department or office) that handles the case, for figures by department.</summary>
    public Guid OrganisationId { get; set; }

    public string CaseNumber { get; set; } = "";

    public string CaseTitle { get; set; } = "";

    /// <summary>The proposal revision under review; the review covers that revision and no other.</summary>
    public int ProposalRevision { get; set; }

    /// <summary>1 for a submission, 2 for the re-review the case department asked for.</summary>
    public int Round { get; set; }

    public ReviewTaskState State { get; set; }

    public DateOnly SubmittedOn { get; set; }

    public string SubmittedBy { get; set; } = "";

    /// <summary>The reason the department gave for a re-review (round 2 only).</summary>
    public string? ReReviewReason { get; set; }

    public List<ReviewMaterial> Materials { get; set; } = [];

    public Guid? ReviewerUserId { get; set; }

    public string? ReviewerName { get; set; }

    public DateOnly? AssignedOn { get; set; }

    /// <summary>The last day of the time limit, extension included.</summary>
    public DateOnly? DueOn { get; set; }

    public int ExtensionWorkingDays { get; set; }

    public DateOnly? ReviewedOn { get; set; }

    public ReviewOutcome? Outcome { get; set; }

    public string? Opinion { get; set; }

    public List<ReviewPointFinding> Findings { get; set; } = [];

    public DateOnly? RulingOn { get; set; }

    public bool? RulingPassed { get; set; }

    public string? RulingConclusion { get; set; }

    /// <summary>The day the proposal was revised after this review, which voided it.</summary>
    public DateOnly? VoidedOn { get; set; }

    /// <summary>The case step that created the task, and the latest that changed it.</summary>
    public int SubmittedStep { get; set; }

    public int LastStep { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The state of a review task.</summary>
public enum ReviewTaskState
{
    /// <summary>待分配: submitted, waiting for a reviewer.</summary>
    Submitted,

    /// <summary>审核中: assigned to a reviewer.</summary>
    Assigned,

    /// <summary>已出具意见: the reviewer recorded the opinion.</summary>
    Reviewed,

    /// <summary>申请复核: the department contested the opinion; a round-2 task follows.</summary>
    Contested,

    /// <summary>已裁决: the agency leader or collective discussion settled the disagreement.</summary>
    Ruled,

    /// <summary>已失效: the proposal was revised after the review, so the review no longer covers it.</summary>
    Voided,
}

/// <summary>Keeps review tasks in step with the case: applies each legal review step of a case to its tasks.</summary>
public static class ReviewTasks
{
    /// <summary>
    /// Applies <paramref name="step"/>, already taken on <paramref name="c"/>, to <paramref name="latest"/> (the
    /// case's newest task, if any). Returns a new task to store when the step starts a review round.
    /// </summary>
    public static ReviewTask? Follow(
        EnforcementCase c, CaseStep step, CaseActionRequest request, ReviewTask? latest, DateOnly? due, DateTimeOffset now)
    {
        if (!CaseActions.TryParse(step.Action, out var action))
        {
            return null;
        }

        if (latest is not null)
        {
            latest.UpdatedAt = now;
            latest.LastStep = step.Sequence;
        }

        switch (action)
        {
            case CaseAction.SubmitLegalReview:
                return Start(c, step, 1, request.Materials ?? [], null, due, now);
            case CaseAction.RequestReReview when latest is not null:
                latest.State = ReviewTaskState.Contested;
                return Start(c, step, 2, latest.Materials, request.Reason, due, now);
            case CaseAction.AssignLegalReviewer when latest is not null:
                latest.State = ReviewTaskState.Assigned;
                latest.ReviewerUserId = c.Review.AssignedReviewerUserId;
                latest.ReviewerName = c.Review.AssignedReviewerName;
                latest.AssignedOn = step.EffectiveOn;
                break;
            case CaseAction.ExtendLegalReview when latest is not null:
                latest.ExtensionWorkingDays = c.Review.ExtensionWorkingDays;
                latest.DueOn = due;
                break;
            case CaseAction.RecordLegalReview when latest is not null:
                latest.State = ReviewTaskState.Reviewed;
                latest.ReviewedOn = step.EffectiveOn;
                latest.Outcome = request.ReviewOutcome;
                latest.Opinion = request.Opinion;
                latest.Findings = request.ReviewPoints ?? [];
                break;
            case CaseAction.RecordReviewRuling when latest is not null:
                latest.State = ReviewTaskState.Ruled;
                latest.RulingOn = step.EffectiveOn;
                latest.RulingPassed = request.RulingPassed;
                latest.RulingConclusion = request.Conclusion;
                break;
            case CaseAction.ProposeDecision or CaseAction.ReviseProposal
                when latest is not null && latest.ProposalRevision < c.Proposal.Revision && latest.VoidedOn is null:
                latest.State = ReviewTaskState.Voided;
                latest.VoidedOn = step.EffectiveOn;
                break;
        }

        return null;
    }

    /// <summary>Whether the step is one that <see cref="Follow"/> may change a task for.</summary>
    public static bool Concerns(CaseAction action) => action is CaseAction.SubmitLegalReview or CaseAction.RequestReReview
        or CaseAction.AssignLegalReviewer or CaseAction.ExtendLegalReview or CaseAction.RecordLegalReview
        or CaseAction.RecordReviewRuling or CaseAction.ProposeDecision or CaseAction.ReviseProposal;

    private static ReviewTask Start(
        EnforcementCase c, CaseStep step, int round, List<ReviewMaterial> materials, string? reason, DateOnly? due, DateTimeOffset now) => new()
        {
            Id = Guid.NewGuid(),
            CaseId = c.Id,
            OrganisationId = c.OrganisationId,
            CaseNumber = c.Number,
            CaseTitle = c.Title,
            ProposalRevision = c.Proposal.Revision,
            Round = round,
            State = ReviewTaskState.Submitted,
            SubmittedOn = step.EffectiveOn,
            SubmittedBy = step.ActorName,
            ReReviewReason = reason,
            Materials = [.. materials.Select(m => new ReviewMaterial { Kind = m.Kind, Reference = m.Reference })],
            DueOn = due,
            SubmittedStep = step.Sequence,
            LastStep = step.Sequence,
            UpdatedAt = now,
        };
}
