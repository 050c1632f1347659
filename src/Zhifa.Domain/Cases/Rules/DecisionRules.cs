using System.Globalization;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Cases.Rules;

/// <summary>What must be true before a penalty decision: review, hearing, discussion and the time limit.</summary>
public static class DecisionRules
{
    /// <summary>
    /// A major decision needs a legal review that passed the current proposal, so the decision equals the
    /// reviewed proposal, and, after a hearing, a review made after it (APL Art. 58).
    /// </summary>
    public static Error? ReviewPassedWhenMajor(CaseContext ctx)
    {
        var c = ctx.Case;
        var reasons = MajorCase.Reasons(c, ctx.Catalogue);
        if (reasons.Count == 0)
        {
            return null;
        }

        var passed = c.Review.Passed(c.Proposal.Revision);
        var afterHearing = c.Hearing.HeldOn is not { } held || c.Review.PassedOn >= held;
        if (passed && afterHearing)
        {
            return null;
        }

        var why = !passed && c.Review.ReviewedRevision is { } reviewed && reviewed != c.Proposal.Revision
            ? $" The review saw revision {reviewed} of the proposal, which was revised since (now {c.Proposal.Revision}), so it is void."
            : "";
        return Error.Rule(
            "case.legal_review_required",
            $"The decision is major ({string.Join("; ", reasons)}), so it needs a legal review that passed the " +
            "current proposal" + (afterHearing ? "." : " after the hearing.") + why,
            CaseLaw.LegalReview,
            new Dictionary<string, string>
            {
                ["reasons"] = string.Join("；", reasons),
                ["revision"] = c.Proposal.Revision.ToString(CultureInfo.InvariantCulture),
            });
    }

    /// <summary>Complex or serious cases are decided after the leaders' collective discussion (APL Art. 57).</summary>
    public static Error? DiscussedWhenComplex(CaseContext ctx)
    {
        var c = ctx.Case;
        if (!c.Proposal.ComplexOrSerious || c.Decision.DiscussedOn >= c.Proposal.ProposedOn)
        {
            return null;
        }

        return Error.Rule(
            "case.collective_discussion_required",
            "The case is complex or the violation serious, so the agency's leaders must discuss it collectively first.",
            CaseLaw.CollectiveDiscussion);
    }

    /// <summary>The hearing request period must be over, unless the party waived its rights (APL Art. 64).</summary>
    public static Error? HearingRequestPeriodOver(CaseContext ctx)
    {
        var c = ctx.Case;
        var ends = CasePeriods.HearingRequestEnds(c, ctx.Calendar);
        if (ends is null || c.Hearing.RequestedOn is not null || c.Notice.StatementWaived || ctx.EffectiveOn > ends.Day)
        {
            return null;
        }

        return Error.Rule(
            "case.hearing_request_period_running",
            $"The party may request a hearing until {OfficerRules.Day(ends.Day)}; decide after that day.",
            CaseLaw.HearingProcedure,
            new Dictionary<string, string> { ["until"] = OfficerRules.Day(ends.Day) });
    }

    /// <summary>The decision is made within 90 days of filing plus any recorded extension (APL Art. 60).</summary>
    public static Error? WithinTimeLimit(CaseContext ctx)
    {
        var due = CasePeriods.DecisionDue(ctx.Case, ctx.Calendar);
        if (due is null || ctx.EffectiveOn <= due.Day)
        {
            return null;
        }

        return Error.Rule(
            "case.decision_time_limit_passed",
            $"The time limit for the decision ended on {OfficerRules.Day(due.Day)}. Record an extension with its " +
            "reason and approver before deciding.",
            CaseLaw.DecisionTimeLimit,
            new Dictionary<string, string> { ["until"] = OfficerRules.Day(due.Day) });
    }

    /// <summary>Extensions: first up to 30 days by a head, in total at most 90 (housing ministry rules Art. 29).</summary>
    public static Error? ExtensionAllowed(CaseContext ctx)
    {
        var days = ctx.Request.ExtensionDays!.Value;
        var total = ctx.Case.Decision.ExtensionDays + days;
        if (days >= 1 && total <= CasePeriods.MaximumExtensionDays)
        {
            return null;
        }

        return Error.Rule(
            "case.extension_too_long",
            $"Extensions may add 1 to {CasePeriods.MaximumExtensionDays} days in total; " +
            $"{ctx.Case.Decision.ExtensionDays} are granted already and {days} more were requested.",
            CaseLaw.DecisionTimeLimit,
            new Dictionary<string, string>
            {
                ["granted"] = ctx.Case.Decision.ExtensionDays.ToString(CultureInfo.InvariantCulture),
                ["requested"] = days.ToString(CultureInfo.InvariantCulture),
            });
    }
}
