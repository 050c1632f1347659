using System.Globalization;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Cases.Rules;

/// <summary>Rules on the proposed penalty: its types, the fine range of the matter, the simple-procedure limits.</summary>
public static class PenaltyRules
{
    /// <summary>On-the-spot fines: at most 200 yuan for a citizen and 3,000 for a unit (APL Art. 51).</summary>
    public const decimal SimpleLimitIndividual = 200m;

    public const decimal SimpleLimitUnit = 3_000m;

    /// <summary>A penalty needs at least one type, and a fine amount exactly when a fine is among them.</summary>
    public static Error? PenaltyConsistent(DecisionOutcome outcome, PenaltyKinds penalties, decimal fine)
    {
        if (outcome != DecisionOutcome.Penalty)
        {
            return penalties == PenaltyKinds.None && fine == 0
                ? null
                : Error.Invalid("case.penalty_without_outcome", "Only a decision to penalise carries penalty types and a fine.");
        }

        if (penalties == PenaltyKinds.None)
        {
            return Error.Rule("case.penalty_missing", "A decision to penalise names at least one penalty type.", CaseLaw.PenaltyTypes);
        }

        var hasFine = penalties.HasFlag(PenaltyKinds.Fine);
        if (hasFine && fine <= 0)
        {
            return Error.Invalid("case.fine_missing", "A fine is among the penalties, so the fine amount must be above zero.");
        }

        return !hasFine && fine != 0
            ? Error.Invalid("case.fine_without_fine_penalty", "A fine amount was entered but the penalties include no fine; add the fine type or clear the amount.")
            : null;
    }

    /// <summary>The fine must lie inside the range the matter's legal basis sets for the party's kind.</summary>
    public static Error? FineWithinMatterRange(CaseContext ctx, PenaltyKinds penalties, decimal fine)
    {
        if (!penalties.HasFlag(PenaltyKinds.Fine))
        {
            return null;
        }

        var matter = ctx.Matter;
        var individual = ctx.Case.Party.Kind == PartyKind.Individual;
        var min = individual ? matter.FineMinIndividual : matter.FineMinUnit;
        var max = individual ? matter.FineMaxIndividual : matter.FineMaxUnit;
        var source = CaseLaw.MatterBasis(matter.LegalBasisLaw, matter.LegalBasisArticle);
        var kind = individual ? "a citizen" : "a unit";
        if (min is null && max is null)
        {
            return Error.Rule(
                "case.fine_not_provided",
                $"The matter {matter.Code} provides no fine for {kind}.",
                source,
                new Dictionary<string, string> { ["matter"] = matter.Name });
        }

        if ((min is not null && fine < min) || (max is not null && fine > max))
        {
            return Error.Rule(
                "case.fine_out_of_range",
                $"A fine of {Yuan(fine)} yuan is outside the range {Yuan(min)}–{Yuan(max)} yuan that matter {matter.Code} sets for {kind}.",
                source,
                new Dictionary<string, string>
                {
                    ["fine"] = Yuan(fine),
                    ["min"] = Yuan(min),
                    ["max"] = Yuan(max),
                    ["matter"] = matter.Name,
                });
        }

        return null;
    }

    /// <summary>The simple procedure allows only a warning or a small fine (APL Art. 51).</summary>
    public static Error? WithinSimpleProcedure(PartyKind party, PenaltyKinds penalties, decimal fine)
    {
        var allowed = PenaltyKinds.Warning | PenaltyKinds.Fine;
        var limit = party == PartyKind.Individual ? SimpleLimitIndividual : SimpleLimitUnit;
        if ((penalties & ~allowed) == PenaltyKinds.None && fine <= limit)
        {
            return null;
        }

        return Error.Rule(
            "case.simple_procedure_exceeded",
            $"On the spot only a warning or a fine of at most {Yuan(limit)} yuan for " +
            $"{(party == PartyKind.Individual ? "a citizen" : "a unit")} may be decided; use the general procedure.",
            CaseLaw.SimpleProcedure,
            new Dictionary<string, string> { ["limit"] = Yuan(limit) });
    }

    internal static string Yuan(decimal? amount) =>
        amount?.ToString("#,##0.##", CultureInfo.InvariantCulture) ?? "—";
}
