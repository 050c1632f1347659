namespace Zhifa.Domain.Cases;

/// <summary>The decision (决定), the collective discussion before it, and its delivery.</summary>
public sealed class DecisionFacts
{
    public DateOnly? DiscussedOn { get; set; }

    public string? DiscussionConclusion { get; set; }

    public DateOnly? DecidedOn { get; set; }

    /// <summary>The document number (文号), such as 常人防罚〔2026〕3号.</summary>
    public string? Number { get; set; }

    public int? DecidedRevision { get; set; }

    public DateOnly? DeliveredOn { get; set; }

    public DeliveryMethod? DeliveryMethod { get; set; }

    public string? DeliveryLateReason { get; set; }

    /// <summary>Extra days granted to the 90-day decision limit (Art. 60), each grant a step in the history.</summary>
    public int ExtensionDays { get; set; }
}
