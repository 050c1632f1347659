namespace Zhifa.Domain.Lists;

/// <summary>
/// An entry of the random-inspection matters list (随机抽查事项清单): what double random inspections
/// check, in whom, how and how often.
/// </summary>
public sealed class RandomInspectionMatter : IListItem
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string InspectingBody { get; set; }

    public required string LegalBasis { get; set; }

    /// <summary>Kinds of regulated entity inspected, separated by '；'.</summary>
    public required string TargetKinds { get; set; }

    public required string Content { get; set; }

    /// <summary>Share of the candidates drawn, in percent (0 to 100].</summary>
    public decimal RatioPercent { get; set; }

    public required string Method { get; set; }

    public required string Frequency { get; set; }

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string Key => Code;
}
