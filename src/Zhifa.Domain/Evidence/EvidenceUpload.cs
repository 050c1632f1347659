namespace Zhifa.Domain.Evidence;

/// <summary>
/// A resumable (tus) upload to a case. The bytes received so far are in a file of their own under the data
/// folder; its length after the last flush is the upload's offset, so the state survives a killed server.
/// An unfinished upload expires at <see cref="ExpiresAt"/> and is then removed; a finished one is kept.
/// </summary>
public sealed class EvidenceUpload
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid UserId { get; set; }

    public string UserName { get; set; } = "";

    public long Length { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "application/octet-stream";

    public string? StepCode { get; set; }

    /// <summary>The capture time the client sent, used when the file's own metadata has none.</summary>
    public DateTimeOffset? CapturedAt { get; set; }

    public Guid? DeviceId { get; set; }

    /// <summary>The Upload-Metadata header as sent, for the record.</summary>
    public string Metadata { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public Guid? EvidenceId { get; set; }

    /// <summary>The SHA-256 of the whole file, set when the last byte has arrived.</summary>
    public string? Sha256 { get; set; }

    public UploadState State { get; set; }
}

/// <summary>Where an upload stands.</summary>
public enum UploadState
{
    Receiving,
    Completed,
    Expired,
}
