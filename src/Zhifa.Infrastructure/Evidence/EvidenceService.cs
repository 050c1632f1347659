using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Evidence;
using Zhifa.Domain.Organisations;
using Zhifa.Infrastructure.Files;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Evidence;

/// <summary>
/// The evidence of visible cases: listing, and opening a file for viewing or download, which writes a record
/// entry first (chain of custody), so no byte leaves without a trace.
/// </summary>
public sealed class EvidenceService(ZhifaDbContext db, RecordWriter record, IContentStore store)
{
    public async Task<IReadOnlyList<EvidenceItem>?> ListAsync(Guid caseId, OrganisationScope scope, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !scope.CanSee(c.OrganisationId))
        {
            return null;
        }

        return await db.EvidenceItems.AsNoTracking().Where(e => e.CaseId == caseId)
            .OrderBy(e => e.UploadedAt).ThenBy(e => e.Id).ToListAsync(ct);
    }

    /// <summary>Records the access, then opens the file; null when the case or item is not visible.</summary>
    public async Task<(EvidenceItem Item, Stream Content)?> OpenAsync(
        Guid caseId, Guid evidenceId, bool download, string? range, CaseActor actor, OrganisationScope scope, CancellationToken ct)
    {
        var item = await db.EvidenceItems.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId && e.CaseId == caseId, ct);
        if (item is null || !scope.CanSee(item.OrganisationId))
        {
            return null;
        }

        var content = await store.OpenReadAsync(item.Sha256, ct);
        if (content is null)
        {
            return null;
        }

        await record.SaveAsync([EvidenceRecord.ForAccess(item, download, range, actor.UserId, actor.Certificate)], ct);
        return (item, content);
    }

    /// <summary>The recordings of a case as the recording rule sees them.</summary>
    public static async Task<IReadOnlyList<CaseRecording>> RecordingsOfAsync(ZhifaDbContext db, Guid caseId, CancellationToken ct)
    {
        var items = await db.EvidenceItems.AsNoTracking().Where(e => e.CaseId == caseId && e.StepCode != null).ToListAsync(ct);
        return items.Select(e => new CaseRecording(e.StepCode, e.IsAudioOrVideo, e.IsImage, e.CapturedAt, e.CaptureEnds)).ToList();
    }
}
