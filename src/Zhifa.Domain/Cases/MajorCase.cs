using Zhifa.Domain.Lists;

namespace Zhifa.Domain.Cases;

/// <summary>
/// Decides whether a case's decision is major (重大) and so needs a passed legal review: the conditions of
/// the agency's legal review catalogue checked against the proposal, plus an officer's marking. The agency's
/// own conditions (<see cref="MajorCondition.Other"/>) are judged by a person: an officer marks the case major
/// with the condition as the reason.
/// </summary>
public static class MajorCase
{
    /// <summary>Returns the catalogue items (and the marking) that make the case major; empty when none do.</summary>
    public static IReadOnlyList<string> Reasons(EnforcementCase c, IReadOnlyList<ReviewCatalogueItem> catalogue)
    {
        var reasons = new List<string>();
        foreach (var item in catalogue)
        {
            if (Applies(item, c))
            {
                reasons.Add($"{item.Code} {item.Description}");
            }
        }

        if (c.Review.MarkedMajor)
        {
            reasons.Add($"marked major: {c.Review.MarkedMajorReason}");
        }

        return reasons;
    }

    private static bool Applies(ReviewCatalogueItem item, EnforcementCase c)
    {
        var p = c.Proposal;
        return item.Condition switch
        {
            MajorCondition.FineAtLeast => p.Penalties.HasFlag(PenaltyKinds.Fine) && p.FineAmount >= Threshold(item, c.Party.Kind),
            MajorCondition.QualificationLoweredOrRevoked =>
                (p.Penalties & (PenaltyKinds.LowerQualification | PenaltyKinds.RevokeLicence)) != 0,
            MajorCondition.StopOrder =>
                (p.Penalties & (PenaltyKinds.SuspendProduction | PenaltyKinds.OrderClosure)) != 0,
            MajorCondition.HearingHeld => c.Hearing.HeldOn is not null,
            MajorCondition.ComplexFacts => p.ComplexOrSerious,
            MajorCondition.MajorPublicInterest => p.MajorPublicInterest,
            _ => false,
        };
    }

    private static decimal Threshold(ReviewCatalogueItem item, PartyKind kind) =>
        (kind == PartyKind.Individual ? item.ThresholdIndividual : item.ThresholdUnit) ?? decimal.MaxValue;
}
