using Zhifa.Domain.Common;

namespace Zhifa.Domain.Cases.Rules;

/// <summary>Rules at filing: the limitation period.</summary>
public static class FilingRules
{
    /// <summary>The general limitation period: 2 years from the act (APL Art. 36).</summary>
    public const int LimitationYears = 2;

    public static Error? NotTimeBarred(CaseContext ctx)
    {
        if (ctx.Case.ActDate is not { } act || ctx.EffectiveOn <= act.AddYears(LimitationYears))
        {
            return null;
        }

        return Error.Rule(
            "case.time_barred",
            $"The act of {OfficerRules.Day(act)} was discovered more than {LimitationYears} years later, so no penalty may be imposed.",
            CaseLaw.LimitationPeriod,
            new Dictionary<string, string> { ["act"] = OfficerRules.Day(act) });
    }
}
