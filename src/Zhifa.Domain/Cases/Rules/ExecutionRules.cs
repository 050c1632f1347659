using Zhifa.Domain.Common;

namespace Zhifa.Domain.Cases.Rules;

/// <summary>Delivery of the decision and its performance.</summary>
public static class ExecutionRules
{
    /// <summary>Electronic delivery needs the party's signed confirmation (APL Art. 61).</summary>
    public static Error? ElectronicDeliveryConsented(CaseContext ctx)
    {
        if (ctx.Request.DeliveryMethod != DeliveryMethod.Electronic || ctx.Request.ElectronicConsent == true)
        {
            return null;
        }

        return Error.Rule(
            "case.electronic_delivery_without_consent",
            "Electronic delivery is allowed only after the party signed a confirmation that it agrees.",
            CaseLaw.Delivery);
    }

    /// <summary>A delivery after the 7-working-day limit is recorded only with the reason for the delay (APL Art. 61).</summary>
    public static Error? LateDeliveryExplained(CaseContext ctx)
    {
        var due = CasePeriods.DeliveryDue(ctx.Case, ctx.Calendar);
        if (due is null || ctx.EffectiveOn <= due.Day || !string.IsNullOrWhiteSpace(ctx.Request.LateReason))
        {
            return null;
        }

        return Error.Rule(
            "case.delivery_late_without_reason",
            $"The decision was due to be delivered by {OfficerRules.Day(due.Day)}; give the reason for the delay.",
            CaseLaw.Delivery,
            new Dictionary<string, string> { ["until"] = OfficerRules.Day(due.Day) });
    }

    /// <summary>
    /// A fine is performed only by paying it in full with the surcharge owed on the day of payment
    /// (APL Art. 67, 72).
    /// </summary>
    public static Error? PaidInFull(CaseContext ctx)
    {
        var c = ctx.Case;
        if (!c.Proposal.Penalties.HasFlag(PenaltyKinds.Fine))
        {
            return null;
        }

        var owed = AmountOwed(ctx);
        if (ctx.Request.PaidAmount == owed.Total)
        {
            return null;
        }

        return Error.Rule(
            "case.payment_amount_wrong",
            $"On {OfficerRules.Day(ctx.EffectiveOn)} the party owes {PenaltyRules.Yuan(owed.Total)} yuan: the fine of " +
            $"{PenaltyRules.Yuan(c.Proposal.FineAmount)} and a surcharge of {PenaltyRules.Yuan(owed.Surcharge)} " +
            "(3% a day after the deadline, at most the fine). Record the full payment.",
            CaseLaw.Payment,
            new Dictionary<string, string>
            {
                ["total"] = PenaltyRules.Yuan(owed.Total),
                ["fine"] = PenaltyRules.Yuan(c.Proposal.FineAmount),
                ["surcharge"] = PenaltyRules.Yuan(owed.Surcharge),
            });
    }

    /// <summary>The fine and the surcharge owed when paying on the step's effective day.</summary>
    public static (decimal Surcharge, decimal Total) AmountOwed(CaseContext ctx)
    {
        var c = ctx.Case;
        var due = CasePeriods.PaymentDue(c, ctx.Calendar);
        var surcharge = due is null ? 0m : Surcharge.Owed(c.Proposal.FineAmount, due.Day, ctx.EffectiveOn);
        return (surcharge, c.Proposal.FineAmount + surcharge);
    }

    /// <summary>An on-the-spot decision filed late with the agency needs the reason (housing ministry rules Art. 14).</summary>
    public static Error? SimpleFilingExplained(CaseContext ctx)
    {
        var due = CasePeriods.SimpleFilingDue(ctx.Case, ctx.Calendar);
        if (due is null || ctx.EffectiveOn <= due.Day || !string.IsNullOrWhiteSpace(ctx.Request.LateReason))
        {
            return null;
        }

        return Error.Rule(
            "case.simple_filing_late_without_reason",
            $"The on-the-spot decision was due to be filed with the agency by {OfficerRules.Day(due.Day)}; give the reason for the delay.",
            CaseLaw.SimpleProcedureFiling,
            new Dictionary<string, string> { ["until"] = OfficerRules.Day(due.Day) });
    }
}
