namespace Zhifa.Domain.Cases;

/// <summary>
/// The proposed decision of the case review (拟处理意见), with the investigation's findings. A decision must
/// equal the proposal that was notified and reviewed; every revision increments <see cref="Revision"/>.
/// </summary>
public sealed class Proposal
{
    public int Revision { get; set; }

    public DecisionOutcome Outcome { get; set; }

    public PenaltyKinds Penalties { get; set; }

    /// <summary>Fine in yuan; zero when the penalties include no fine.</summary>
    public decimal FineAmount { get; set; }

    /// <summary>Illegal gains or property value to confiscate, in yuan.</summary>
    public decimal ConfiscationAmount { get; set; }

    public string? Facts { get; set; }

    public string? Evidence { get; set; }

    public string? LegalBasis { get; set; }

    public string? DiscretionReason { get; set; }

    /// <summary>The order to correct that every penalty decision carries (Administrative Penalty Law Art. 28).</summary>
    public string? CorrectionOrder { get; set; }

    /// <summary>Complex circumstances or a serious violation: collective discussion is required (Art. 57).</summary>
    public bool ComplexOrSerious { get; set; }

    /// <summary>The decision involves major public interest (涉及重大公共利益), a catalogue condition.</summary>
    public bool MajorPublicInterest { get; set; }

    public DateOnly? ProposedOn { get; set; }
}
