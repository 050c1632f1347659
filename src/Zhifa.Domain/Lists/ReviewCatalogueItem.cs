namespace Zhifa.Domain.Lists;

/// <summary>
/// An entry of the legal review catalogue (重大执法决定法制审核目录清单): one condition that makes a
/// decision major, so that it needs a passed legal review before it is made
/// (Administrative Penalty Law Art. 58).
/// </summary>
public sealed class ReviewCatalogueItem : IListItem
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public required string Code { get; set; }

    public MajorCondition Condition { get; set; }

    public required string Description { get; set; }

    /// <summary>For <see cref="MajorCondition.FineAtLeast"/>: the threshold for natural persons, in yuan.</summary>
    public decimal? ThresholdIndividual { get; set; }

    /// <summary>For <see cref="MajorCondition.FineAtLeast"/>: the threshold for units, in yuan.</summary>
    public decimal? ThresholdUnit { get; set; }

    public required string LegalBasis { get; set; }

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string Key => Code;
}

/// <summary>The kinds of condition the catalogue can hold; <see cref="Other"/> is judged by a person.</summary>
public enum MajorCondition
{
    FineAtLeast,
    QualificationLoweredOrRevoked,
    StopOrder,
    HearingHeld,
    ComplexFacts,
    MajorPublicInterest,
    Other,
}
