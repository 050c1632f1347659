using System.Buffers;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.Evidence;
using Zhifa.Domain.Organisations;
using Zhifa.Infrastructure.Files;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Evidence;

/// <summary>
/// The state machine behind the tus endpoints. The bytes of an upload go straight from the request body to
/// DATA/uploads/{id}.part (never a whole chunk in memory); the part file's length after a flush to disk is the
/// offset, so a killed server resumes where the disk says. When the last byte arrives, the file's SHA-256 is
/// computed, its metadata read, and the evidence item saved with its record entry in one transaction; then the
/// file moves into the content store.
/// </summary>
public sealed class UploadService(
    ZhifaDbContext db,
    RecordWriter record,
    IContentStore store,
    MediaProbe probe,
    EvidenceSettings settings,
    StorageSettings storage,
    UploadLocks locks,
    TimeProvider clock)
{
    private const int BufferSize = 1 << 20;

    /// <summary>How far ahead of the server a device clock may run before a capture time counts as in the future.</summary>
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    public string PartPath(Guid id) => Path.Combine(storage.DataDirectory, "uploads", $"{id:N}.part");

    /// <summary>Creates an upload after checking its length and that the actor may add evidence to the case.</summary>
    public async Task<Result<EvidenceUpload>> CreateAsync(NewUpload request, CaseActor actor, OrganisationScope scope, CancellationToken ct)
    {
        if (request.Length < 0)
        {
            return Error.Invalid("upload.length_invalid", "Upload-Length must be a whole number of bytes, 0 or more.");
        }

        if (request.Length > settings.MaxUploadBytes)
        {
            return Error.Invalid(
                UploadErrors.TooLarge,
                $"The file is {request.Length} bytes; the largest upload accepted is {settings.MaxUploadBytes} bytes.");
        }

        if (request.CaseId is not { } caseId)
        {
            return Error.Invalid("upload.case_missing", "Upload-Metadata must name the case: caseId.");
        }

        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !scope.CanSee(c.OrganisationId))
        {
            // Another office's case gets the same 404 as a missing one, so an upload cannot probe which case ids exist.
            return Error.NotFound("upload.case_not_found", $"No case {caseId} in your offices; check the caseId in Upload-Metadata.");
        }

        if (request.StepCode is { } step && !CaseActions.TryParse(step, out _))
        {
            return Error.Invalid("upload.step_unknown", $"'{step}' is not a case step code, such as inspect or deliver.");
        }

        var now = clock.GetUtcNow();
        if (request.CapturedAt is { } captured && captured > now + ClockTolerance)
        {
            return Error.Invalid(
                "upload.captured_in_future",
                $"The capture time {captured:yyyy-MM-dd HH:mm:ss zzz} is in the future; send the time the recording started, or leave it out to take it from the file.");
        }

        var upload = new EvidenceUpload
        {
            Id = Guid.NewGuid(),
            CaseId = c.Id,
            OrganisationId = c.OrganisationId,
            UserId = actor.UserId,
            UserName = actor.Name,
            Length = request.Length,
            FileName = SafeName(request.FileName),
            ContentType = string.IsNullOrWhiteSpace(request.ContentType) ? "application/octet-stream" : request.ContentType.Trim(),
            StepCode = request.StepCode,
            CapturedAt = request.CapturedAt,
            DeviceId = request.DeviceId,
            Metadata = request.RawMetadata.Length > 2000 ? request.RawMetadata[..2000] : request.RawMetadata,
            CreatedAt = now,
            ExpiresAt = now.AddHours(settings.UploadExpiryHours),
            State = UploadState.Receiving,
        };
        var path = PartPath(upload.Id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            file.Flush(flushToDisk: true);
        }

        db.EvidenceUploads.Add(upload);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return upload;
    }

    /// <summary>The upload if it exists and belongs to <paramref name="userId"/>.</summary>
    public async Task<EvidenceUpload?> FindAsync(Guid id, Guid userId, CancellationToken ct)
    {
        var upload = await db.EvidenceUploads.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        return upload is not null && upload.UserId == userId ? upload : null;
    }

    /// <summary>The bytes durably received: during a write, the offset it started from.</summary>
    public long OffsetOf(EvidenceUpload upload)
    {
        if (upload.State == UploadState.Completed)
        {
            return upload.Length;
        }

        if (locks.Committed(upload.Id) is { } committed)
        {
            return committed;
        }

        var info = new FileInfo(PartPath(upload.Id));
        return info.Exists ? Math.Min(info.Length, upload.Length) : 0;
    }

    /// <summary>
    /// Finishes an upload whose bytes all arrived but whose evidence was not saved (the server stopped in
    /// between); returns the upload as it now stands.
    /// </summary>
    public async Task<EvidenceUpload> RecoverAsync(EvidenceUpload upload, CaseActor actor, CancellationToken ct)
    {
        if (upload.State != UploadState.Receiving || OffsetOf(upload) != upload.Length || !locks.TryEnter(upload.Id, upload.Length))
        {
            return upload;
        }

        try
        {
            await using var file = OpenExclusive(upload.Id);
            if (file is null || file.Length != upload.Length)
            {
                return upload;
            }

            await CompleteAsync(upload, file, actor, ct);
            return (await db.EvidenceUploads.AsNoTracking().FirstAsync(u => u.Id == upload.Id, ct));
        }
        finally
        {
            locks.Exit(upload.Id);
        }
    }

    /// <summary>Appends a PATCH body at <paramref name="offset"/>; see <see cref="AppendStatus"/> for the outcomes.</summary>
    public async Task<AppendResult> AppendAsync(
        EvidenceUpload upload,
        long offset,
        long? contentLength,
        Stream body,
        UploadChecksum? checksum,
        CaseActor actor,
        CancellationToken ct)
    {
        if (upload.State == UploadState.Expired || clock.GetUtcNow() > upload.ExpiresAt && upload.State == UploadState.Receiving)
        {
            return new(AppendStatus.Gone, 0);
        }

        if (upload.State == UploadState.Completed)
        {
            return new(offset == upload.Length ? AppendStatus.Appended : AppendStatus.OffsetMismatch, upload.Length, upload.EvidenceId);
        }

        var durable = OffsetOf(upload);
        if (!locks.TryEnter(upload.Id, durable))
        {
            return new(AppendStatus.Locked, durable);
        }

        try
        {
            await using var file = OpenExclusive(upload.Id);
            if (file is null)
            {
                return new(AppendStatus.Locked, durable);
            }

            var start = file.Length;
            if (offset != start)
            {
                return new(AppendStatus.OffsetMismatch, start);
            }

            if (contentLength is { } declared && start + declared > upload.Length)
            {
                return new(AppendStatus.TooLong, start);
            }

            var (status, end) = await WriteAsync(file, start, upload.Length, body, checksum, ct);
            if (status != AppendStatus.Appended)
            {
                return new(status, end);
            }

            await db.EvidenceUploads.Where(u => u.Id == upload.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.ExpiresAt, clock.GetUtcNow().AddHours(settings.UploadExpiryHours)), ct);
            if (end < upload.Length)
            {
                return new(AppendStatus.Appended, end);
            }

            var evidenceId = await CompleteAsync(upload, file, actor, ct);
            return new(AppendStatus.Appended, end, evidenceId);
        }
        finally
        {
            locks.Exit(upload.Id);
        }
    }

    private FileStream? OpenExclusive(Guid id)
    {
        try
        {
            return new FileStream(PartPath(id), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.Asynchronous);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (IOException)
        {
            // Another process holds the file: a write is under way there.
            return null;
        }
    }

    /// <summary>
    /// Streams the body to the end of the file. A body cut off keeps what arrived (tus core); with a checksum
    /// nothing of the chunk is kept unless it matches.
    /// </summary>
    private static async Task<(AppendStatus Status, long End)> WriteAsync(
        FileStream file, long start, long length, Stream body, UploadChecksum? checksum, CancellationToken ct)
    {
        using var hash = checksum is null ? null : IncrementalHash.CreateHash(checksum.Algorithm);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        var position = start;
        var status = AppendStatus.Appended;
        try
        {
            file.Position = start;
            var ended = false;
            while (!ended)
            {
                // Fill the buffer before writing: the body arrives in small pieces, and one large write per
                // buffer keeps the file writes cheap. Bytes that arrived before a cut are still written.
                var filled = 0;
                while (filled < BufferSize)
                {
                    int read;
                    try
                    {
                        read = await body.ReadAsync(buffer.AsMemory(filled, BufferSize - filled), ct);
                    }
                    catch (Exception e) when (e is IOException or OperationCanceledException || e.GetType().Name == "BadHttpRequestException")
                    {
                        status = AppendStatus.Interrupted;
                        ended = true;
                        break;
                    }

                    if (read == 0)
                    {
                        ended = true;
                        break;
                    }

                    filled += read;
                }

                if (position + filled > length)
                {
                    status = AppendStatus.TooLong;
                    break;
                }

                hash?.AppendData(buffer, 0, filled);
                await file.WriteAsync(buffer.AsMemory(0, filled), CancellationToken.None);
                position += filled;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var keep = status switch
        {
            AppendStatus.TooLong => false,
            AppendStatus.Interrupted => checksum is null,
            _ => checksum is null || hash!.GetHashAndReset().AsSpan().SequenceEqual(checksum.Expected),
        };
        if (!keep)
        {
            file.SetLength(start);
            position = start;
            if (status == AppendStatus.Appended)
            {
                status = AppendStatus.ChecksumMismatch;
            }
        }

        await file.FlushAsync(CancellationToken.None);
        file.Flush(flushToDisk: true);
        return (status, position);
    }

    // Reads through the locked handle in large blocks (the handle itself is unbuffered).
    private static async Task<string> HashAsync(FileStream file, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            file.Position = 0;
            int read;
            while ((read = await file.ReadAsync(buffer.AsMemory(0, BufferSize), ct)) > 0)
            {
                sha.AppendData(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private async Task<Guid> CompleteAsync(EvidenceUpload upload, FileStream file, CaseActor actor, CancellationToken ct)
    {
        var sha256 = await HashAsync(file, ct);
        var facts = await probe.ReadAsync(PartPath(upload.Id), file, upload.ContentType, ct);
        var c = await db.Cases.AsNoTracking().FirstAsync(x => x.Id == upload.CaseId, ct);
        var device = upload.DeviceId is { } deviceId
            ? await db.RecordingDevices.AsNoTracking().FirstOrDefaultAsync(d => d.Id == deviceId, ct)
            : null;
        var now = clock.GetUtcNow();
        var item = new EvidenceItem
        {
            Id = Guid.NewGuid(),
            CaseId = upload.CaseId,
            OrganisationId = upload.OrganisationId,
            StepCode = upload.StepCode,
            Sha256 = sha256,
            Length = upload.Length,
            FileName = upload.FileName,
            ContentType = facts.ContentType,
            UploadId = upload.Id,
            UploadedByUserId = upload.UserId,
            UploadedByName = upload.UserName,
            UploadedAt = now,
            CapturedAt = facts.CapturedAt ?? upload.CapturedAt,
            DurationSeconds = facts.DurationSeconds,
            Codecs = facts.Codecs,
            DeviceId = device?.Id,
            DeviceModel = facts.DeviceModel ?? device?.Model,
            Latitude = facts.Latitude,
            Longitude = facts.Longitude,
        };
        var notes = facts.Notes.ToList();
        if (item.CapturedAt is null)
        {
            notes.Add("The capture time is unknown: the file has none and the upload gave none.");
        }
        else if (item.CapturedAt > now + ClockTolerance)
        {
            // Camera clocks are often set wrong, so the file is kept and its time is flagged rather than trusted.
            notes.Add($"The file says it was captured at {item.CapturedAt:yyyy-MM-dd HH:mm:ss zzz}, after it was uploaded; the device clock is probably wrong.");
        }
        else
        {
            var ended = item.CaptureEnds ?? item.CapturedAt.Value;
            var hours = (now - ended).TotalHours;
            if (hours > settings.UploadLimitHours)
            {
                item.UploadedLate = true;
                notes.Add($"Uploaded {hours:0.#} hours after the recording ended; the limit is {settings.UploadLimitHours:0.#} hours.");
            }
        }

        if (upload.DeviceId is not null && device is null)
        {
            notes.Add($"The device {upload.DeviceId} is not on the device ledger.");
        }

        item.MetadataNotes = string.Join('\n', notes);

        await record.SaveAsync(
            async token =>
            {
                var stored = await db.EvidenceUploads.FirstAsync(u => u.Id == upload.Id, token);
                if (stored.State != UploadState.Receiving)
                {
                    throw new InvalidOperationException($"Upload {upload.Id} is {stored.State}; it cannot be completed again.");
                }

                stored.State = UploadState.Completed;
                stored.CompletedAt = now;
                stored.EvidenceId = item.Id;
                stored.Sha256 = sha256;
                db.EvidenceItems.Add(item);
            },
            () => [EvidenceRecord.ForRegistration(item, c.Number, device?.Code, actor.Certificate)],
            ct);
        db.ChangeTracker.Clear();

        // The evidence is saved; the file moves into the store. If the server stops before this, the
        // cleanup service moves it on the next start (a completed upload whose part file is still there).
        await file.DisposeAsync();
        await store.AdoptAsync(PartPath(upload.Id), sha256, CancellationToken.None);
        return item.Id;
    }

    /// <summary>
    /// Removes expired unfinished uploads and their bytes, and moves into the store the files of completed
    /// uploads that a stopped server left behind. Returns the number of uploads expired.
    /// </summary>
    public async Task<int> CleanUpAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var expired = await db.EvidenceUploads
            .Where(u => u.State == UploadState.Receiving && u.ExpiresAt < now)
            .ToListAsync(ct);
        var count = 0;
        foreach (var upload in expired)
        {
            if (!locks.TryEnter(upload.Id, OffsetOf(upload)))
            {
                continue;
            }

            try
            {
                upload.State = UploadState.Expired;
                await db.SaveChangesAsync(ct);
                File.Delete(PartPath(upload.Id));
                count++;
            }
            finally
            {
                locks.Exit(upload.Id);
            }
        }

        var finished = await db.EvidenceUploads.AsNoTracking()
            .Where(u => u.State == UploadState.Completed && u.Sha256 != null)
            .Select(u => new { u.Id, u.Sha256 })
            .ToListAsync(ct);
        foreach (var upload in finished.Where(u => File.Exists(PartPath(u.Id))))
        {
            await store.AdoptAsync(PartPath(upload.Id), upload.Sha256!, ct);
        }

        db.ChangeTracker.Clear();
        return count;
    }

    private static string SafeName(string? name)
    {
        var file = Path.GetFileName(name ?? "");
        if (string.IsNullOrWhiteSpace(file))
        {
            return "evidence";
        }

        return file.Length > 200 ? file[^200..] : file;
    }
}

/// <summary>What a POST (creation) asks for, read from Upload-Length and Upload-Metadata.</summary>
public sealed record NewUpload(
    long Length,
    Guid? CaseId,
    string? FileName,
    string? ContentType,
    string? StepCode,
    DateTimeOffset? CapturedAt,
    Guid? DeviceId,
    string RawMetadata);

/// <summary>An Upload-Checksum header: the algorithm and the expected digest of the PATCH body.</summary>
public sealed record UploadChecksum(HashAlgorithmName Algorithm, byte[] Expected);

/// <summary>How a PATCH ended.</summary>
public enum AppendStatus
{
    Appended,
    OffsetMismatch,
    Locked,
    ChecksumMismatch,
    TooLong,
    Interrupted,
    Gone,
}

/// <summary>The outcome of a PATCH: its status, the offset now, and the evidence item when the upload finished.</summary>
public sealed record AppendResult(AppendStatus Status, long Offset, Guid? EvidenceId = null);

/// <summary>Error codes the tus endpoints map to protocol status codes.</summary>
public static class UploadErrors
{
    public const string TooLarge = "upload.too_large";
}
