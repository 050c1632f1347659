using Zhifa.Domain.Cases.Rules;
using Zhifa.Domain.LegalReview;

namespace Zhifa.Domain.Cases.Procedures;

/// <summary>
/// The general penalty procedure (普通程序): case source, filing approval, investigation, proposed decision,
/// legal review when major, prior notification, hearing when requested, collective discussion when required,
/// decision, delivery, execution, closing and archiving.
/// </summary>
public static class GeneralPenaltyProcedure
{
    private static readonly CaseStage[] Open =
    [
        CaseStage.Registered, CaseStage.Filed, CaseStage.Investigating, CaseStage.Proposed, CaseStage.InLegalReview,
        CaseStage.Reviewed, CaseStage.Notified, CaseStage.HearingRequested, CaseStage.HearingScheduled,
        CaseStage.Heard, CaseStage.Discussed, CaseStage.Decided, CaseStage.Delivered, CaseStage.Executed,
    ];

    private static readonly CaseStage[] BeforeDecision =
    [
        CaseStage.Filed, CaseStage.Investigating, CaseStage.Proposed, CaseStage.InLegalReview, CaseStage.Reviewed,
        CaseStage.Notified, CaseStage.HearingRequested, CaseStage.HearingScheduled, CaseStage.Heard, CaseStage.Discussed,
    ];

    private static readonly string[] ProposalFields = ["outcome", "facts", "evidence", "legalBasis", "discretionReason"];

    public static Procedure Definition { get; } = new(
        ProcedureKind.GeneralPenalty,
        CaseStage.Registered,
        [
            CaseStage.Registered, CaseStage.Filed, CaseStage.Investigating, CaseStage.Proposed, CaseStage.InLegalReview,
            CaseStage.Reviewed, CaseStage.Notified, CaseStage.HearingRequested, CaseStage.HearingScheduled,
            CaseStage.Heard, CaseStage.Discussed, CaseStage.Decided, CaseStage.Delivered, CaseStage.Executed,
            CaseStage.Closed, CaseStage.Archived,
        ],
        [
            new(CaseAction.ApproveFiling, [CaseStage.Registered], Transition.To(CaseStage.Filed), ActorRequirement.Head,
                ["officerIds"],
                [
                    Guard.OnState(FilingRules.NotTimeBarred),
                    Guard.OnInput(ctx => OfficerRules.TwoCertifiedOfficers(ctx, ctx.Request.OfficerIds!)),
                ],
                ctx =>
                {
                    CommonTransitions.AssignOfficers(ctx.Case, ctx.Request.OfficerIds!);
                    ctx.Case.FiledOn = ctx.EffectiveOn;
                    ctx.Case.FilingApproverUserId = ctx.Actor.UserId;
                }),
            CommonTransitions.DeclareRecusal(Open),
            CommonTransitions.ChangeOfficers(BeforeDecision),
            new(CaseAction.StartInvestigation, [CaseStage.Filed], Transition.To(CaseStage.Investigating),
                ActorRequirement.CaseOfficer, [],
                [Guard.OnState(OfficerRules.TwoCertifiedOfficers), Guard.OnState(OfficerRules.RecusalDeclared)],
                _ => { }),
            new(CaseAction.ProposeDecision, [CaseStage.Investigating], Transition.To(CaseStage.Proposed),
                ActorRequirement.CaseOfficer, ProposalFields, ProposalGuards(), SetProposal),
            new(CaseAction.ReviseProposal,
                [CaseStage.Proposed, CaseStage.Reviewed, CaseStage.Notified, CaseStage.Heard, CaseStage.Discussed],
                Transition.To(CaseStage.Proposed), ActorRequirement.CaseOfficer, [.. ProposalFields, "reason"],
                [.. ProposalGuards(), Guard.OnInput(NoticeRules.NotHeavierAfterDefence)],
                SetProposal),
            .. LegalReviewTransitions.All(BeforeDecision),
            new(CaseAction.ServePriorNotice, [CaseStage.Proposed, CaseStage.Reviewed], Transition.To(CaseStage.Notified),
                ActorRequirement.CaseOfficer, [],
                [
                    Guard.OnState(OfficerRules.TwoCertifiedOfficers),
                    Guard.OnState(DecisionRules.ReviewPassedWhenMajor),
                    Guard.OnInput(NoticeRules.HearingRightOffered),
                ],
                ServeNotice),
            new(CaseAction.RecordStatement, [CaseStage.Notified], null, ActorRequirement.CaseOfficer, [],
                [Guard.OnInput(StatementEntered)],
                ctx =>
                {
                    var notice = ctx.Case.Notice;
                    notice.StatementWaived = ctx.Request.StatementWaived ?? notice.StatementWaived;
                    notice.StatementSummary = ctx.Request.StatementSummary ?? notice.StatementSummary;
                    notice.RecheckOpinion = ctx.Request.RecheckOpinion ?? notice.RecheckOpinion;
                }),
            new(CaseAction.RequestHearing, [CaseStage.Notified], Transition.To(CaseStage.HearingRequested),
                ActorRequirement.CaseOfficer, [],
                [Guard.OnState(HearingRules.RequestAllowed)],
                ctx => ctx.Case.Hearing.RequestedOn = ctx.EffectiveOn),
            new(CaseAction.ScheduleHearing, [CaseStage.HearingRequested], Transition.To(CaseStage.HearingScheduled),
                ActorRequirement.CaseOfficer, ["hearingDate", "hearingPlace", "presidingOfficerId"],
                [Guard.OnInput(HearingRules.NoticeLongEnough), Guard.OnInput(HearingRules.PresidingNotInvestigator)],
                ctx =>
                {
                    var hearing = ctx.Case.Hearing;
                    hearing.NoticeServedOn = ctx.EffectiveOn;
                    hearing.ScheduledFor = ctx.Request.HearingDate;
                    hearing.Place = ctx.Request.HearingPlace;
                    hearing.PresidingOfficerId = ctx.Request.PresidingOfficerId;
                }),
            new(CaseAction.HoldHearing, [CaseStage.HearingScheduled], Transition.To(CaseStage.Heard),
                ActorRequirement.CaseOfficer, ["transcriptSummary"],
                [Guard.OnState(HearingRules.HeldAsScheduled), Guard.OnState(RecordingRules.Required(CaseAction.HoldHearing))],
                ctx =>
                {
                    ctx.Case.Hearing.HeldOn = ctx.EffectiveOn;
                    ctx.Case.Hearing.TranscriptSummary = ctx.Request.TranscriptSummary;
                }),
            new(CaseAction.HoldCollectiveDiscussion, [CaseStage.Notified, CaseStage.Reviewed, CaseStage.Heard],
                Transition.To(CaseStage.Discussed), ActorRequirement.Leader, ["conclusion"], [],
                ctx =>
                {
                    ctx.Case.Decision.DiscussedOn = ctx.EffectiveOn;
                    ctx.Case.Decision.DiscussionConclusion = ctx.Request.Conclusion;
                }),
            new(CaseAction.ExtendTimeLimit, BeforeDecision, null, ActorRequirement.Head, ["extensionDays", "reason"],
                [Guard.OnInput(DecisionRules.ExtensionAllowed)],
                ctx => ctx.Case.Decision.ExtensionDays += ctx.Request.ExtensionDays!.Value),
            new(CaseAction.Decide, [CaseStage.Notified, CaseStage.Reviewed, CaseStage.Heard, CaseStage.Discussed],
                Transition.To(CaseStage.Decided), ActorRequirement.Head, [],
                [
                    Guard.OnState(OfficerRules.TwoCertifiedOfficers),
                    Guard.OnState(NoticeRules.NoticeOfCurrentProposal),
                    Guard.OnState(NoticeRules.StatementHeard),
                    Guard.OnState(DecisionRules.HearingRequestPeriodOver),
                    Guard.OnState(DecisionRules.ReviewPassedWhenMajor),
                    Guard.OnState(DecisionRules.DiscussedWhenComplex),
                    Guard.OnState(DecisionRules.WithinTimeLimit),
                ],
                ctx =>
                {
                    ctx.Case.Decision.DecidedOn = ctx.EffectiveOn;
                    ctx.Case.Decision.DecidedRevision = ctx.Case.Proposal.Revision;
                }),
            new(CaseAction.Deliver, [CaseStage.Decided], Transition.To(CaseStage.Delivered), ActorRequirement.CaseOfficer,
                ["deliveryMethod"],
                [
                    Guard.OnInput(ExecutionRules.ElectronicDeliveryConsented),
                    Guard.OnInput(ExecutionRules.LateDeliveryExplained),
                    Guard.OnState(RecordingRules.Required(CaseAction.Deliver)),
                ],
                Deliver),
            new(CaseAction.RecordExecution, [CaseStage.Delivered], Transition.To(CaseStage.Executed),
                ActorRequirement.CaseOfficer, [],
                [Guard.OnState(PenaltyDecided), Guard.OnInput(ExecutionRules.PaidInFull)],
                RecordExecution),
            CommonTransitions.Close([CaseStage.Executed, CaseStage.Delivered]),
            CommonTransitions.Archive,
            CommonTransitions.Reopen,
        ]);

    private static Guard[] ProposalGuards() =>
    [
        Guard.OnState(OfficerRules.TwoCertifiedOfficers),
        Guard.OnState(OfficerRules.RecusalDeclared),
        Guard.OnInput(ctx => PenaltyRules.PenaltyConsistent(
            ctx.Request.Outcome!.Value, ctx.Request.Penalties ?? PenaltyKinds.None, ctx.Request.FineAmount ?? 0)),
        Guard.OnInput(ctx => PenaltyRules.FineWithinMatterRange(
            ctx, ctx.Request.Penalties ?? PenaltyKinds.None, ctx.Request.FineAmount ?? 0)),
    ];

    private static void SetProposal(CaseContext ctx)
    {
        var p = ctx.Case.Proposal;
        var r = ctx.Request;
        p.Revision++;
        p.Outcome = r.Outcome!.Value;
        p.Penalties = r.Penalties ?? PenaltyKinds.None;
        p.FineAmount = r.FineAmount ?? 0;
        p.ConfiscationAmount = r.ConfiscationAmount ?? 0;
        p.Facts = r.Facts;
        p.Evidence = r.Evidence;
        p.LegalBasis = r.LegalBasis;
        p.DiscretionReason = r.DiscretionReason;
        p.CorrectionOrder = r.CorrectionOrder;
        p.ComplexOrSerious = r.ComplexOrSerious ?? false;
        p.MajorPublicInterest = r.MajorPublicInterest ?? false;
        p.ProposedOn = ctx.EffectiveOn;
    }

    private static void ServeNotice(CaseContext ctx)
    {
        var notice = ctx.Case.Notice;
        notice.ServedOn = ctx.EffectiveOn;
        notice.ProposalRevision = ctx.Case.Proposal.Revision;
        notice.HearingRightOffered = NoticeRules.HearingRightApplies(ctx.Case, ctx.Settings);
        notice.StatementWaived = false;
        notice.StatementSummary = null;
        notice.RecheckOpinion = null;
    }

    private static void Deliver(CaseContext ctx)
    {
        var decision = ctx.Case.Decision;
        decision.DeliveryMethod = ctx.Request.DeliveryMethod;
        decision.DeliveryLateReason = ctx.Request.LateReason;
        decision.DeliveredOn = ctx.Request.DeliveryMethod == DeliveryMethod.PublicNotice
            ? ctx.EffectiveOn.AddDays(CasePeriods.PublicNoticeDays)
            : ctx.EffectiveOn;
    }

    internal static void RecordExecution(CaseContext ctx)
    {
        var execution = ctx.Case.Execution;
        var owed = ExecutionRules.AmountOwed(ctx);
        if (ctx.Case.Proposal.Penalties.HasFlag(PenaltyKinds.Fine))
        {
            execution.PaidAmount = owed.Total;
            execution.SurchargeAmount = owed.Surcharge;
            execution.PaidOn = ctx.EffectiveOn;
        }

        execution.ExecutedOn = ctx.EffectiveOn;
        execution.ExecutionNote = ctx.Request.Reason;
    }

    private static Common.Error? PenaltyDecided(CaseContext ctx) =>
        ctx.Case.Proposal.Outcome == DecisionOutcome.Penalty
            ? null
            : Common.Error.Invalid("case.nothing_to_execute", "The decision imposes no penalty; close the case instead.");

    private static Common.Error? StatementEntered(CaseContext ctx) =>
        ctx.Request.StatementWaived is null && ctx.Request.StatementSummary is null && ctx.Request.RecheckOpinion is null
            ? Common.Error.Invalid("case.statement_empty", "Enter the party's statement, its recheck, or the party's express waiver.")
            : null;
}
