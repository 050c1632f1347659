namespace Zhifa.Infrastructure.Record;

/// <summary>
/// An action to record: who (actor user id and certificate), for which organisation, what (a stable
/// dotted name from the event catalogue), to what subject ("personnel/&lt;id&gt;"), with a payload of
/// details and the SHA-256 of any files involved.
/// </summary>
public sealed record RecordAction(
    string Actor,
    string? Certificate,
    Guid Organisation,
    string Action,
    string Subject,
    object Payload,
    IReadOnlyList<string>? FileSha256 = null);
