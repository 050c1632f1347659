using Zhifa.Domain.Common;

namespace Zhifa.Domain.Cases.Rules;

/// <summary>The hearing: its request period, notice period and presiding officer (APL Art. 63–64).</summary>
public static class HearingRules
{
    public static Error? RequestAllowed(CaseContext ctx)
    {
        var c = ctx.Case;
        if (!c.Notice.HearingRightOffered)
        {
            return Error.Rule(
                "case.hearing_not_offered",
                "The notice offered no hearing, because the proposed penalty does not give the right to one.",
                CaseLaw.HearingRight);
        }

        var ends = CasePeriods.HearingRequestEnds(c, ctx.Calendar)!;
        if (ctx.EffectiveOn <= ends.Day)
        {
            return null;
        }

        return Error.Rule(
            "case.hearing_request_late",
            $"The hearing request period ended on {OfficerRules.Day(ends.Day)}; a later request cannot be granted.",
            CaseLaw.HearingProcedure,
            new Dictionary<string, string> { ["until"] = OfficerRules.Day(ends.Day) });
    }

    public static Error? NoticeLongEnough(CaseContext ctx)
    {
        var hearing = ctx.Request.HearingDate!.Value;
        var earliest = CasePeriods.EarliestHearing(ctx.EffectiveOn, ctx.Calendar);
        if (hearing >= earliest.Day)
        {
            return null;
        }

        return Error.Rule(
            "case.hearing_notice_short",
            $"A hearing notified on {OfficerRules.Day(ctx.EffectiveOn)} may be held on {OfficerRules.Day(earliest.Day)} " +
            $"at the earliest, 7 working days later; {OfficerRules.Day(hearing)} is too soon.",
            CaseLaw.HearingProcedure,
            new Dictionary<string, string>
            {
                ["earliest"] = OfficerRules.Day(earliest.Day),
                ["requested"] = OfficerRules.Day(hearing),
            });
    }

    public static Error? PresidingNotInvestigator(CaseContext ctx)
    {
        var presiding = ctx.Request.PresidingOfficerId!.Value;
        if (!ctx.Case.Officers.Any(o => o.OfficerId == presiding))
        {
            return null;
        }

        return Error.Rule(
            "case.presiding_is_investigator",
            "The presiding officer of a hearing may not be one of the case's investigators.",
            CaseLaw.HearingProcedure);
    }

    /// <summary>A hearing takes place on or after its scheduled day.</summary>
    public static Error? HeldAsScheduled(CaseContext ctx)
    {
        var scheduled = ctx.Case.Hearing.ScheduledFor!.Value;
        if (ctx.EffectiveOn >= scheduled)
        {
            return null;
        }

        return Error.Rule(
            "case.hearing_before_schedule",
            $"The hearing is scheduled for {OfficerRules.Day(scheduled)} and cannot be recorded as held earlier.",
            CaseLaw.HearingProcedure,
            new Dictionary<string, string> { ["scheduled"] = OfficerRules.Day(scheduled) });
    }
}
