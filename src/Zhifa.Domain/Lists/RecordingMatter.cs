namespace Zhifa.Domain.Lists;

/// <summary>
/// An entry of the audio/video recording matters list (音像记录事项清单): a stage of a matter that must
/// be recorded, how, and whether the recording must cover the whole stage.
/// </summary>
public sealed class RecordingMatter : IListItem
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public required string Code { get; set; }

    /// <summary>The code of the enforcement matter the stage belongs to, or "*" for every matter.</summary>
    public required string MatterCode { get; set; }

    public RecordedStage Stage { get; set; }

    public required string RecordingMethod { get; set; }

    public bool WholeProcess { get; set; }

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string Key => Code;
}

/// <summary>Enforcement stages that a recording matter can name.</summary>
public enum RecordedStage
{
    OnSiteInspection,
    EvidenceCollection,
    EvidencePreservation,
    CoerciveMeasure,
    Hearing,
    Delivery,
    Execution,
}
