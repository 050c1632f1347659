using Zhifa.Domain.Common;

namespace Zhifa.Domain.Cases.Rules;

/// <summary>Prior notification, statement and defence, and the hearing right it must offer.</summary>
public static class NoticeRules
{
    /// <summary>Whether the proposal is of a kind that gives the party a right to a hearing (APL Art. 63).</summary>
    public static bool HearingRightApplies(EnforcementCase c, CaseSettings settings)
    {
        var p = c.Proposal;
        if (p.Outcome != DecisionOutcome.Penalty)
        {
            return false;
        }

        var heavy = PenaltyKinds.LowerQualification | PenaltyKinds.RevokeLicence | PenaltyKinds.SuspendProduction
            | PenaltyKinds.OrderClosure | PenaltyKinds.RestrictPractice | PenaltyKinds.RestrictBusiness;
        if ((p.Penalties & heavy) != 0)
        {
            return true;
        }

        var threshold = c.Party.Kind == PartyKind.Individual ? settings.HearingFineIndividual : settings.HearingFineUnit;
        return p.Penalties.HasFlag(PenaltyKinds.Fine) && p.FineAmount >= threshold;
    }

    /// <summary>A notice for a penalty that triggers the hearing right must offer it.</summary>
    public static Error? HearingRightOffered(CaseContext ctx)
    {
        if (ctx.Request.OfferHearing != false || !HearingRightApplies(ctx.Case, ctx.Settings))
        {
            return null;
        }

        return Error.Rule(
            "case.hearing_right_required",
            "The proposed penalty gives the party the right to request a hearing, so the notice must offer it.",
            CaseLaw.HearingRight);
    }

    /// <summary>No decision without a notice of the proposal that is to be decided (APL Art. 44, 62).</summary>
    public static Error? NoticeOfCurrentProposal(CaseContext ctx)
    {
        var c = ctx.Case;
        if (c.Notice.ServedOn is not null && c.Notice.ProposalRevision == c.Proposal.Revision)
        {
            return null;
        }

        return Error.Rule(
            "case.notice_missing",
            "The party has not been notified of the current proposal; serve the prior notification before deciding.",
            CaseLaw.PriorNotification);
    }

    /// <summary>
    /// The party's statement-and-defence period must have ended, unless the party expressly waived it; a
    /// statement that was made must have been rechecked in writing (APL Art. 45, 62).
    /// </summary>
    public static Error? StatementHeard(CaseContext ctx)
    {
        var c = ctx.Case;
        if (c.Notice.StatementSummary is not null && c.Notice.RecheckOpinion is null)
        {
            return Error.Rule(
                "case.recheck_missing",
                "The party made a statement or defence; record the written recheck of it before deciding.",
                CaseLaw.NoIncreaseForDefence);
        }

        var ends = CasePeriods.StatementEnds(c, ctx.Calendar);
        if (ends is null || c.Notice.StatementWaived || c.Notice.StatementSummary is not null || ctx.EffectiveOn > ends.Day)
        {
            return null;
        }

        return Error.Rule(
            "case.statement_period_running",
            $"The statement-and-defence period runs until {OfficerRules.Day(ends.Day)}; decide after it ends, " +
            "or record the party's statement or express waiver.",
            CaseLaw.StatementPeriod,
            new Dictionary<string, string> { ["until"] = OfficerRules.Day(ends.Day) });
    }

    /// <summary>A decision after a statement must not be heavier because the party defended itself (APL Art. 45).</summary>
    public static Error? NotHeavierAfterDefence(CaseContext ctx)
    {
        var c = ctx.Case;
        var newFine = ctx.Request.FineAmount ?? 0;
        var newKinds = ctx.Request.Penalties ?? PenaltyKinds.None;
        var heavier = newFine > c.Proposal.FineAmount || (newKinds & ~c.Proposal.Penalties) != 0;
        if (c.Notice.StatementSummary is null || !heavier)
        {
            return null;
        }

        return Error.Rule(
            "case.heavier_after_defence",
            "The party has made a statement or defence, so the proposal may not become heavier.",
            CaseLaw.NoIncreaseForDefence);
    }
}
