namespace Zhifa.Domain.Lists;

/// <summary>
/// An entry of the enforcement matters list (执法事项清单), with the fields of its service guide
/// (服务指南). Fines are in yuan; a missing range means the matter carries no fine for that party kind.
/// </summary>
public sealed class EnforcementMatter : IListItem
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public MatterKind Kind { get; set; }

    /// <summary>The enforcement category, matched against the categories on officers' certificates.</summary>
    public required string Category { get; set; }

    public required string LegalBasisLaw { get; set; }

    public required string LegalBasisArticle { get; set; }

    public required string LegalBasisText { get; set; }

    public required string EnforcementBody { get; set; }

    /// <summary>Fine range for natural persons (公民).</summary>
    public decimal? FineMinIndividual { get; set; }

    public decimal? FineMaxIndividual { get; set; }

    /// <summary>Fine range for legal persons and other organisations (法人或者其他组织).</summary>
    public decimal? FineMinUnit { get; set; }

    public decimal? FineMaxUnit { get; set; }

    public string? DiscretionBenchmark { get; set; }

    public string? AcceptingBody { get; set; }

    public string? DecidingBody { get; set; }

    public string? Conditions { get; set; }

    public string? Materials { get; set; }

    public string? Procedure { get; set; }

    public string? TimeLimit { get; set; }

    public string? Supervision { get; set; }

    public string? Remedies { get; set; }

    public string? OfficeHours { get; set; }

    public string? Address { get; set; }

    public string? Telephone { get; set; }

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string Key => Code;
}
