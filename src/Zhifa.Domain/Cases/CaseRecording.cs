namespace Zhifa.Domain.Cases;

/// <summary>
/// A recording attached to a case, as the recording rule sees it: the step it records, its kind and its span.
/// </summary>
public sealed record CaseRecording(string? StepCode, bool IsAudioOrVideo, bool IsImage, DateTimeOffset? Start, DateTimeOffset? End);
