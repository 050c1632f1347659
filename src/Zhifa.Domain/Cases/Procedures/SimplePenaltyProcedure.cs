using Zhifa.Domain.Cases.Rules;

namespace Zhifa.Domain.Cases.Procedures;

/// <summary>
/// The simple on-the-spot procedure (简易程序): decision on the spot, filing with the agency, execution,
/// closing and archiving. Only a warning or a small fine qualifies (Administrative Penalty Law Art. 51).
/// </summary>
public static class SimplePenaltyProcedure
{
    private static readonly CaseStage[] Open =
        [CaseStage.Registered, CaseStage.DecidedOnSpot, CaseStage.FiledWithAgency, CaseStage.Executed];

    public static Procedure Definition { get; } = new(
        ProcedureKind.SimplePenalty,
        CaseStage.Registered,
        [.. Open, CaseStage.Closed, CaseStage.Archived],
        [
            CommonTransitions.DeclareRecusal(Open),
            new(CaseAction.DecideOnSpot, [CaseStage.Registered], Transition.To(CaseStage.DecidedOnSpot),
                ActorRequirement.CaseOfficer, ["penalties", "facts", "legalBasis"],
                [
                    Guard.OnState(OfficerRules.TwoCertifiedOfficers),
                    Guard.OnInput(ctx => PenaltyRules.PenaltyConsistent(
                        DecisionOutcome.Penalty, ctx.Request.Penalties!.Value, ctx.Request.FineAmount ?? 0)),
                    Guard.OnInput(ctx => PenaltyRules.WithinSimpleProcedure(
                        ctx.Case.Party.Kind, ctx.Request.Penalties!.Value, ctx.Request.FineAmount ?? 0)),
                    Guard.OnInput(ctx => PenaltyRules.FineWithinMatterRange(
                        ctx, ctx.Request.Penalties!.Value, ctx.Request.FineAmount ?? 0)),
                    Guard.OnInput(LegalReview.LegalReviewRules.NotMajorOnTheSpot),
                ],
                DecideOnSpot),
            new(CaseAction.FileWithAgency, [CaseStage.DecidedOnSpot], Transition.To(CaseStage.FiledWithAgency),
                ActorRequirement.CaseOfficer, [],
                [Guard.OnInput(ExecutionRules.SimpleFilingExplained)],
                _ => { }),
            new(CaseAction.RecordExecution, [CaseStage.FiledWithAgency], Transition.To(CaseStage.Executed),
                ActorRequirement.CaseOfficer, [],
                [Guard.OnInput(ExecutionRules.PaidInFull)],
                GeneralPenaltyProcedure.RecordExecution),
            CommonTransitions.Close([CaseStage.Executed]),
            CommonTransitions.Archive,
            CommonTransitions.Reopen,
        ]);

    private static void DecideOnSpot(CaseContext ctx)
    {
        var c = ctx.Case;
        var r = ctx.Request;
        c.FiledOn = ctx.EffectiveOn;
        c.Proposal.Revision++;
        c.Proposal.Outcome = DecisionOutcome.Penalty;
        c.Proposal.Penalties = r.Penalties!.Value;
        c.Proposal.FineAmount = r.FineAmount ?? 0;
        c.Proposal.Facts = r.Facts;
        c.Proposal.LegalBasis = r.LegalBasis;
        c.Proposal.CorrectionOrder = r.CorrectionOrder;
        c.Proposal.ProposedOn = ctx.EffectiveOn;
        c.Decision.DecidedOn = ctx.EffectiveOn;
        c.Decision.DecidedRevision = c.Proposal.Revision;

        // An on-the-spot decision is handed to the party at once (Art. 52), so it is delivered when made.
        c.Decision.DeliveredOn = ctx.EffectiveOn;
        c.Decision.DeliveryMethod = DeliveryMethod.Direct;
    }
}
