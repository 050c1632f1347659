using Microsoft.EntityFrameworkCore;
using Zhifa.Documents;
using Zhifa.Documents.Templates;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.Organisations;
using Zhifa.Domain.Time;
using Zhifa.Infrastructure.Calendar;
using Zhifa.Infrastructure.Files;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Cases;

/// <summary>
/// Generates a case's documents as DOCX or PDF and takes back the signed scans. Every file is stored by its
/// SHA-256 and added to the dossier with a record entry naming that hash, so the dossier can prove it.
/// </summary>
public sealed class CaseDocumentService(
    ZhifaDbContext db,
    CaseService cases,
    CalendarRepository calendar,
    ContentStore store,
    RecordWriter record,
    TimeProvider clock)
{
    /// <summary>A signed scan may be at most 20 MB: a few pages at 300 dpi.</summary>
    public const long MaxScanBytes = 20L * 1024 * 1024;

    public async Task<Result<CaseDocument>> GenerateAsync(
        Guid caseId, DocumentKind kind, string format, CaseActor actor, OrganisationScope scope, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, scope, ct);
        if (c is null)
        {
            return CaseErrors.NotFound(caseId);
        }

        if (format is not ("pdf" or "docx"))
        {
            return Error.Invalid("case.document_format", $"'{format}' is not a document format; ask for pdf or docx.");
        }

        if (!CaseDocumentTemplates.IsAvailable(kind, c))
        {
            return Error.Conflict("case.document_not_yet", $"The case has not reached the stage of the {kind} document.");
        }

        var document = CaseDocumentTemplates.Build(kind, await DataAsync(c, ct));
        var temporary = Path.GetTempFileName();
        try
        {
            await using (var file = File.Create(temporary))
            {
                if (format == "pdf")
                {
                    DocumentRenderer.ToPdf(document, file);
                }
                else
                {
                    DocumentRenderer.ToDocx(document, file);
                }
            }

            await using var read = File.OpenRead(temporary);
            var contentType = format == "pdf"
                ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            return await AddAsync(c, kind, format, $"{document.Title}-{c.Number}.{format}", contentType, read, actor, ct);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Stores the signed scan of a document: a PDF, JPEG or PNG of at most 20 MB.</summary>
    public async Task<Result<CaseDocument>> UploadScanAsync(
        Guid caseId, DocumentKind kind, Stream content, string fileName, CaseActor actor, OrganisationScope scope, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, scope, ct);
        if (c is null)
        {
            return CaseErrors.NotFound(caseId);
        }

        var temporary = Path.GetTempFileName();
        try
        {
            long length;
            await using (var file = File.Create(temporary))
            {
                length = await CopyLimitedAsync(content, file, ct);
            }

            if (length > MaxScanBytes)
            {
                return Error.Invalid("case.scan_too_large", $"The scan is larger than {MaxScanBytes / 1024 / 1024} MB; scan at 300 dpi or split it.");
            }

            var type = await ScanTypeAsync(temporary, ct);
            if (type is null)
            {
                return Error.Invalid("case.scan_type", "The scan must be a PDF, JPEG or PNG file.");
            }

            await using var read = File.OpenRead(temporary);
            var name = Path.GetFileName(fileName);
            return await AddAsync(c, kind, "scan", string.IsNullOrWhiteSpace(name) ? $"scan.{type.Value.Extension}" : name, type.Value.ContentType, read, actor, ct);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Finds a stored document of a visible case, with the path of its file.</summary>
    public async Task<(CaseDocument Document, string Path)?> OpenAsync(Guid caseId, Guid documentId, OrganisationScope scope, CancellationToken ct)
    {
        if (await cases.FindAsync(caseId, scope, ct) is null)
        {
            return null;
        }

        var document = await db.CaseDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.CaseId == caseId, ct);
        return document is null ? null : (document, store.PathFor(document.Sha256));
    }

    private async Task<Result<CaseDocument>> AddAsync(
        EnforcementCase c, DocumentKind kind, string format, string fileName, string contentType, Stream content, CaseActor actor, CancellationToken ct)
    {
        var length = content.Length;
        var sha256 = await store.PutAsync(content, ct);
        var document = new CaseDocument
        {
            Id = Guid.NewGuid(),
            CaseId = c.Id,
            Kind = kind,
            Format = format,
            FileName = fileName,
            ContentType = contentType,
            Sha256 = sha256,
            Length = length,
            StepSequence = c.StepCount,
            CreatedAt = clock.GetUtcNow(),
            CreatedByUserId = actor.UserId,
            CreatedByName = actor.Name,
        };
        db.CaseDocuments.Add(document);
        await record.SaveAsync([CaseRecord.ForDocument(c, document, actor)], ct);
        return document;
    }

    private async Task<CaseDocumentData> DataAsync(EnforcementCase c, CancellationToken ct)
    {
        var office = await cases.OfficeOfAsync(c.OrganisationId, ct);
        var matter = await db.Matters.AsNoTracking().FirstAsync(m => m.Id == c.MatterId, ct);
        var ids = c.ActingOfficerIds.Concat(c.Hearing.PresidingOfficerId is { } p ? [p] : []).ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(ct);
        var days = await calendar.LoadAsync(ct);
        return new CaseDocumentData(
            c,
            matter,
            [.. c.ActingOfficerIds.Select(id => officers.FirstOrDefault(o => o.Id == id)).OfType<Domain.Lists.Officer>()],
            office.Name,
            $"{office.Area ?? office.Name}人民政府",
            officers.FirstOrDefault(o => o.Id == c.Hearing.PresidingOfficerId),
            CasePeriods.StatementEnds(c, days)?.Day,
            CasePeriods.HearingRequestEnds(c, days)?.Day,
            AgencyTime.Today(clock));
    }

    private static async Task<long> CopyLimitedAsync(Stream source, Stream target, CancellationToken ct)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > MaxScanBytes)
            {
                return total;
            }

            await target.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        return total;
    }

    private static async Task<(string ContentType, string Extension)?> ScanTypeAsync(string path, CancellationToken ct)
    {
        var head = new byte[8];
        await using var file = File.OpenRead(path);
        var read = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        var bytes = head.AsSpan(0, read);
        if (bytes.StartsWith("%PDF-"u8))
        {
            return ("application/pdf", "pdf");
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return ("image/jpeg", "jpg");
        }

        return bytes.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) ? ("image/png", "png") : null;
    }
}
