namespace Zhifa.Domain.Evidence;

/// <summary>
/// A file of evidence attached to a case: a photo, an audio or a video recording, stored by its SHA-256.
/// It may name the case step it records (a <see cref="Cases.CaseAction"/> code such as "inspect").
/// Rows are never changed or deleted once written.
/// </summary>
public sealed class EvidenceItem
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>The code of the case action the recording belongs to, or null for general evidence.</summary>
    public string? StepCode { get; set; }

    public string Sha256 { get; set; } = "";

    public long Length { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "application/octet-stream";

    public Guid UploadId { get; set; }

    public Guid UploadedByUserId { get; set; }

    public string UploadedByName { get; set; } = "";

    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>When the recording started: from the file's own metadata, else from the uploader.</summary>
    public DateTimeOffset? CapturedAt { get; set; }

    public double? DurationSeconds { get; set; }

    /// <summary>The codecs of the streams, such as "h264,aac"; null when they could not be read.</summary>
    public string? Codecs { get; set; }

    public Guid? DeviceId { get; set; }

    /// <summary>The camera or recorder that the file's metadata names.</summary>
    public string? DeviceModel { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>What could not be read from the file, one note per line; empty when everything was read.</summary>
    public string MetadataNotes { get; set; } = "";

    /// <summary>True when the file came in later than the upload limit after its capture.</summary>
    public bool UploadedLate { get; set; }

    public bool IsAudioOrVideo => ContentType.StartsWith("video/", StringComparison.Ordinal)
        || ContentType.StartsWith("audio/", StringComparison.Ordinal);

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

    public DateTimeOffset? CaptureEnds => CapturedAt is { } start && DurationSeconds is { } seconds
        ? start.AddSeconds(seconds)
        : null;
}
