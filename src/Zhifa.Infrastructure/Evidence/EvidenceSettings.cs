namespace Zhifa.Infrastructure.Evidence;

/// <summary>
/// The evidence settings (section "Evidence"): the largest upload, how long an unfinished upload is kept, the
/// time allowed between capture and upload, where ffprobe is, and which content store holds the files.
/// </summary>
public sealed record EvidenceSettings
{
    /// <summary>The largest file accepted, in bytes; 16 GiB by default, a long body-worn camera video.</summary>
    public long MaxUploadBytes { get; init; } = 16L * 1024 * 1024 * 1024;

    /// <summary>An unfinished upload with no bytes for this long expires and is removed.</summary>
    public double UploadExpiryHours { get; init; } = 24;

    /// <summary>A recording uploaded later than this after its capture is flagged as late.</summary>
    public double UploadLimitHours { get; init; } = 24;

    /// <summary>The ffprobe program; when it cannot be started, uploads still succeed without duration and codecs.</summary>
    public string FfprobePath { get; init; } = "ffprobe";

    /// <summary>"local" (the data folder, default) or "s3".</summary>
    public string Store { get; init; } = "local";

    public string? S3ServiceUrl { get; init; }

    public string? S3Bucket { get; init; }

    public string? S3AccessKey { get; init; }

    public string? S3SecretKey { get; init; }

    public string S3Region { get; init; } = "us-east-1";

    /// <summary>How often the background service looks for expired uploads.</summary>
    public double CleanupMinutes { get; init; } = 10;
}
