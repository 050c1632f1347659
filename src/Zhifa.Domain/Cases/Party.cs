namespace Zhifa.Domain.Cases;

/// <summary>
/// The party (当事人) of a case. <see cref="IdNumber"/> is a resident ID number for a person and the unified
/// social credit code for a unit; both are masked wherever they are published.
/// </summary>
public sealed class Party
{
    public PartyKind Kind { get; set; }

    public string Name { get; set; } = "";

    public string? IdNumber { get; set; }

    public string? Address { get; set; }

    public string? Telephone { get; set; }

    /// <summary>The legal representative (法定代表人) of a unit; empty for a person.</summary>
    public string? LegalRepresentative { get; set; }

    /// <summary>A minor party: nothing about the case may be published (personal-data rule for minors).</summary>
    public bool IsMinor { get; set; }
}
