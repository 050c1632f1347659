namespace Zhifa.Domain.Cases;

/// <summary>The prior notification (事先告知) and the party's response to it.</summary>
public sealed class NoticeFacts
{
    public DateOnly? ServedOn { get; set; }

    /// <summary>The proposal revision the notice informed the party of.</summary>
    public int? ProposalRevision { get; set; }

    public bool HearingRightOffered { get; set; }

    /// <summary>The party expressly waived its rights to statement and defence (Art. 62).</summary>
    public bool StatementWaived { get; set; }

    public string? StatementSummary { get; set; }

    public string? RecheckOpinion { get; set; }
}
