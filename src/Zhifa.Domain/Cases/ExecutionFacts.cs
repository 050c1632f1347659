namespace Zhifa.Domain.Cases;

/// <summary>Performance of the decision: payment of the fine and any late-payment surcharge.</summary>
public sealed class ExecutionFacts
{
    public decimal PaidAmount { get; set; }

    public decimal SurchargeAmount { get; set; }

    public DateOnly? PaidOn { get; set; }

    public DateOnly? ExecutedOn { get; set; }

    public string? ExecutionNote { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public DateOnly? ArchivedOn { get; set; }
}
