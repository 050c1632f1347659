using Zhifa.Domain.Cases;
using Zhifa.Domain.Cases.Procedures;
using Zhifa.Domain.Cases.Rules;

namespace Zhifa.Domain.LegalReview;

/// <summary>
/// The legal review steps of the general penalty procedure: marking and unmarking major, submission with the
/// materials, assignment, extension, the review itself, the one re-review and the leader's ruling. They are
/// case transitions, so every path that changes a case (page, API) runs them through <see cref="CaseWorkflow"/>.
/// </summary>
public static class LegalReviewTransitions
{
    /// <summary>Stages from which a case goes to legal review: a proposal, or a hearing that followed one.</summary>
    public static readonly CaseStage[] SubmittableFrom = [CaseStage.Proposed, CaseStage.Heard];

    /// <summary>Stages a disputed opinion leaves the case in: "not pass" or "return for investigation".</summary>
    public static readonly CaseStage[] DisputableFrom = [CaseStage.Proposed, CaseStage.Investigating];

    public static IReadOnlyList<Transition> All(IReadOnlyList<CaseStage> beforeDecision) =>
    [
        new(CaseAction.MarkMajor, beforeDecision, null, ActorRequirement.CaseOfficer, ["reason"], [],
            ctx =>
            {
                ctx.Case.Review.MarkedMajor = true;
                ctx.Case.Review.MarkedMajorReason = ctx.Request.Reason;
            }),
        new(CaseAction.UnmarkMajor, beforeDecision, null, ActorRequirement.LegalReviewer, ["reason"],
            [Guard.OnState(LegalReviewRules.MarkedByOfficer)],
            ctx =>
            {
                ctx.Case.Review.MarkedMajor = false;
                ctx.Case.Review.MarkedMajorReason = null;
            }),
        new(CaseAction.SubmitLegalReview, SubmittableFrom, Transition.To(CaseStage.InLegalReview),
            ActorRequirement.CaseOfficer, ["materials"],
            [Guard.OnState(OfficerRules.TwoCertifiedOfficers), Guard.OnInputFields(LegalReviewRules.MaterialsComplete)],
            ctx => StartRound(ctx, 1)),
        new(CaseAction.AssignLegalReviewer, [CaseStage.InLegalReview], null, ActorRequirement.LegalReviewer,
            ["reviewerUserId"],
            [Guard.OnInput(LegalReviewRules.ReviewerEligible)],
            ctx =>
            {
                var review = ctx.Case.Review;
                review.AssignedReviewerUserId = ctx.NamedReviewer!.UserId;
                review.AssignedReviewerName = ctx.NamedReviewer.Name;
                review.AssignedOn = ctx.EffectiveOn;
            }),
        new(CaseAction.ExtendLegalReview, [CaseStage.InLegalReview], null, ActorRequirement.Head, ["reason"],
            [Guard.OnState(LegalReviewRules.ExtensionOnce)],
            ctx => ctx.Case.Review.ExtensionWorkingDays = ctx.Settings.LegalReviewExtensionWorkingDays),
        new(CaseAction.RecordLegalReview, [CaseStage.InLegalReview], ReviewTarget, ActorRequirement.LegalReviewer, [],
            [Guard.OnState(LegalReviewRules.AssignedReviewerActs), Guard.OnInputFields(LegalReviewRules.OpinionComplete)],
            RecordReview),
        new(CaseAction.RequestReReview, DisputableFrom, Transition.To(CaseStage.InLegalReview), ActorRequirement.Head,
            ["reason"],
            [Guard.OnState(LegalReviewRules.ReReviewAllowed)],
            ctx => StartRound(ctx, 2)),
        new(CaseAction.RecordReviewRuling, DisputableFrom,
            ctx => ctx.Request.RulingPassed == true ? CaseStage.Reviewed : ctx.Case.Stage,
            ActorRequirement.Leader, ["rulingPassed", "conclusion"],
            [Guard.OnState(LegalReviewRules.RulingAllowed)],
            ctx =>
            {
                var review = ctx.Case.Review;
                review.RulingOn = ctx.EffectiveOn;
                review.RulingPassed = ctx.Request.RulingPassed!.Value;
                review.RulingConclusion = ctx.Request.Conclusion;
            }),
    ];

    private static void StartRound(CaseContext ctx, int round)
    {
        var review = ctx.Case.Review;
        review.Round = round;
        review.SubmittedOn = ctx.EffectiveOn;
        review.AssignedReviewerUserId = null;
        review.AssignedReviewerName = null;
        review.AssignedOn = null;
        review.ExtensionWorkingDays = 0;
        review.RulingOn = null;
        review.RulingPassed = false;
        review.RulingConclusion = null;
        if (round == 1)
        {
            review.Outcome = null;
            review.ReviewedOn = null;
            review.ReviewedRevision = null;
            review.Opinion = null;
        }
    }

    private static CaseStage ReviewTarget(CaseContext ctx) => ctx.Request.ReviewOutcome switch
    {
        ReviewOutcome.Pass or ReviewOutcome.PassWithChanges => CaseStage.Reviewed,
        ReviewOutcome.ReturnForInvestigation => CaseStage.Investigating,
        _ => CaseStage.Proposed,
    };

    private static void RecordReview(CaseContext ctx)
    {
        var review = ctx.Case.Review;
        review.ReviewedOn = ctx.EffectiveOn;
        review.Outcome = ctx.Request.ReviewOutcome;
        review.ReviewedRevision = ctx.Case.Proposal.Revision;
        review.ReviewerUserId = ctx.Actor.UserId;
        review.ReviewerName = ctx.Actor.Name;
        review.Opinion = ctx.Request.Opinion;
    }
}
