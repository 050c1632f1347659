using Zhifa.Domain.Evidence;
using Zhifa.Infrastructure.Cases;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Evidence;

/// <summary>
/// The full-process record entries of evidence: <c>evidence.registered</c> when a finished upload becomes
/// evidence, <c>evidence.viewed</c> and <c>evidence.downloaded</c> for every access (chain of custody), all
/// with the case as subject and the file's SHA-256; and <c>device.*</c> for the device ledger.
/// </summary>
public static class EvidenceRecord
{
    public const string Registered = "evidence.registered";

    public const string Viewed = "evidence.viewed";

    public const string Downloaded = "evidence.downloaded";

    public static RecordAction ForRegistration(EvidenceItem item, string caseNumber, string? deviceCode, string? certificate) => new(
        item.UploadedByUserId.ToString(),
        certificate,
        item.OrganisationId,
        Registered,
        CaseRecord.Subject(item.CaseId),
        new
        {
            number = caseNumber,
            evidenceId = item.Id,
            uploadId = item.UploadId,
            step = item.StepCode,
            fileName = item.FileName,
            contentType = item.ContentType,
            length = item.Length,
            capturedAt = item.CapturedAt,
            durationSeconds = item.DurationSeconds,
            codecs = item.Codecs,
            device = deviceCode,
            deviceModel = item.DeviceModel,
            latitude = item.Latitude,
            longitude = item.Longitude,
            uploadedLate = item.UploadedLate,
            notes = item.MetadataNotes,
        },
        [item.Sha256]);

    public static RecordAction ForAccess(EvidenceItem item, bool download, string? range, Guid userId, string? certificate) => new(
        userId.ToString(),
        certificate,
        item.OrganisationId,
        download ? Downloaded : Viewed,
        CaseRecord.Subject(item.CaseId),
        new { evidenceId = item.Id, fileName = item.FileName, range },
        [item.Sha256]);

    public static RecordAction ForDevice(string action, RecordingDevice device, Guid userId, string? certificate, object? details = null) => new(
        userId.ToString(),
        certificate,
        device.OrganisationId,
        "device." + action,
        $"device/{device.Id}",
        new
        {
            code = device.Code,
            model = device.Model,
            status = device.Status.ToString(),
            assignedOfficerId = device.AssignedOfficerId,
            holderOfficerId = device.HolderOfficerId,
            details,
        });
}
