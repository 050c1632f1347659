using Zhifa.Domain.Lists;

namespace Zhifa.Domain.Regulated;

/// <summary>
/// An entry of the directory of regulated entities (监管对象名录): the works, firms and sites that
/// inspections and double random draws choose from. Kept like the lists, with every version, and
/// imported from CSV or XLSX with the same row-level validation.
/// </summary>
public sealed class RegulatedEntity : IListItem
{
    public Guid Id { get; set; }

    /// <summary>The office in charge of supervising the entity.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>Unified social credit code for firms, or the register number of a work or site.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public RegulatedEntityKind Kind { get; set; }

    public required string Region { get; set; }

    public string? Address { get; set; }

    public RiskLevel RiskLevel { get; set; }

    /// <summary>
    /// Unified social credit code of the organisation that owns or runs the entity (for a work or a site).
    /// An officer affiliated with that organisation is recused from the entity.
    /// </summary>
    public string? OwnerCode { get; set; }

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string Key => Code;
}

/// <summary>The kinds of regulated entity a civil air defense office supervises.</summary>
public enum RegulatedEntityKind
{
    CivilAirDefenseWorks,
    ConstructionUnit,
    DesignFirm,
    SupervisionFirm,
    AlarmTerminalSite,
    ImportantEconomicTarget,
}

/// <summary>Risk grading used to weight inspection frequency.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}
