using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Zhifa.Domain.Evidence;
using Zhifa.Infrastructure.Evidence;
using Zhifa.Web.Access;
using Zhifa.Web.Cases;
using Zhifa.Web.Problems;

namespace Zhifa.Web.Evidence;

/// <summary>
/// /api/uploads: the tus 1.0.0 resumable upload protocol with the creation, expiration and checksum extensions,
/// implemented here. Upload-Metadata names the case (caseId) and optionally the step (step: a case action code),
/// the capture time (capturedAt, ISO 8601), the recording device (deviceId), filename and filetype. A finished
/// upload becomes an evidence item of the case; its id is in the Zhifa-Evidence-Id header.
/// </summary>
internal static class TusApi
{
    public const string Version = "1.0.0";
    public const string EvidenceIdHeader = "Zhifa-Evidence-Id";
    private const int ChecksumMismatch = 460;
    private static readonly string[] Checksums = ["sha1", "sha256", "md5"];

    public static void MapTusApi(this IEndpointRouteBuilder endpoints)
    {
        var uploads = endpoints.MapGroup("/api/uploads").WithTags("Evidence");
        uploads.MapMethods("/", ["OPTIONS"], Options).AllowAnonymous();
        uploads.MapMethods("/{id:guid}", ["OPTIONS"], Options).AllowAnonymous();
        uploads.MapPost("/", CreateAsync).RequireAuthorization().DisableAntiforgery()
            .WithSummary("tus creation: Upload-Length and Upload-Metadata (caseId, step, capturedAt, deviceId, filename, filetype).");
        uploads.MapMethods("/{id:guid}", ["HEAD"], HeadAsync).RequireAuthorization().WithSummary("tus: the upload's offset.");
        uploads.MapMethods("/{id:guid}", ["PATCH"], PatchAsync).RequireAuthorization().DisableAntiforgery()
            .WithSummary("tus: appends application/offset+octet-stream bytes at Upload-Offset (Upload-Checksum optional).");
    }

    private static IResult Options(HttpContext context, EvidenceSettings settings)
    {
        var headers = context.Response.Headers;
        headers["Tus-Resumable"] = Version;
        headers["Tus-Version"] = Version;
        headers["Tus-Extension"] = "creation,expiration,checksum";
        headers["Tus-Max-Size"] = settings.MaxUploadBytes.ToString(CultureInfo.InvariantCulture);
        headers["Tus-Checksum-Algorithm"] = string.Join(',', Checksums);
        return Results.NoContent();
    }

    private static async Task<IResult> CreateAsync(
        HttpContext context, UploadService uploads, EvidenceSettings settings, CurrentActor current, CaseActors actors, CancellationToken ct)
    {
        if (WrongVersion(context) is { } refused)
        {
            return refused;
        }

        var request = context.Request;
        if (request.Headers.ContainsKey("Upload-Defer-Length"))
        {
            return Problem(context, 400, "upload.defer_unsupported", "Upload-Defer-Length is not supported; send Upload-Length.");
        }

        if (!long.TryParse(request.Headers["Upload-Length"], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return Problem(context, 400, "upload.length_missing", "Upload-Length must be the file's size in bytes.");
        }

        if (length > settings.MaxUploadBytes)
        {
            return Problem(context, 413, UploadErrors.TooLarge, $"The file is {length} bytes; the largest upload accepted is {settings.MaxUploadBytes} bytes.");
        }

        var raw = request.Headers["Upload-Metadata"].ToString();
        if (!TryParseMetadata(raw, out var metadata))
        {
            return Problem(context, 400, "upload.metadata_invalid", "Upload-Metadata must be comma-separated 'key base64value' pairs.");
        }

        if (!TryReadMetadata(metadata, length, raw, out var upload, out var problem))
        {
            return Problem(context, 400, "upload.metadata_invalid", problem);
        }

        var scope = (await current.GetAsync(ct)).Scope;
        var created = await uploads.CreateAsync(upload, await actors.GetAsync(ct), scope, ct);
        if (!created.IsSuccess)
        {
            var error = created.Errors[0];
            return Problem(context, error.Code == UploadErrors.TooLarge ? 413 : ProblemResults.StatusFor(error.Kind), error.Code, error.Message);
        }

        context.Response.Headers["Tus-Resumable"] = Version;
        context.Response.Headers["Upload-Expires"] = Http(created.Value.ExpiresAt);
        return Results.Created($"/api/uploads/{created.Value.Id:N}", null);
    }

    private static async Task<IResult> HeadAsync(Guid id, HttpContext context, UploadService uploads, CaseActors actors, CancellationToken ct)
    {
        if (WrongVersion(context) is { } refused)
        {
            return refused;
        }

        var actor = await actors.GetAsync(ct);
        var upload = await uploads.FindAsync(id, actor.UserId, ct);
        if (upload is null)
        {
            return Problem(context, 404, "upload.not_found", $"No upload {id} of yours exists.");
        }

        if (upload.State == UploadState.Expired)
        {
            return Problem(context, 410, "upload.expired", $"The upload {id} expired and its bytes were removed; start a new upload.");
        }

        upload = await uploads.RecoverAsync(upload, actor, ct);
        var headers = context.Response.Headers;
        headers["Tus-Resumable"] = Version;
        headers.CacheControl = "no-store";
        headers["Upload-Offset"] = uploads.OffsetOf(upload).ToString(CultureInfo.InvariantCulture);
        headers["Upload-Length"] = upload.Length.ToString(CultureInfo.InvariantCulture);
        if (upload.Metadata.Length > 0)
        {
            headers["Upload-Metadata"] = upload.Metadata;
        }

        if (upload.State == UploadState.Receiving)
        {
            headers["Upload-Expires"] = Http(upload.ExpiresAt);
        }

        if (upload.EvidenceId is { } evidence)
        {
            headers[EvidenceIdHeader] = evidence.ToString();
        }

        return Results.Ok();
    }

    private static async Task<IResult> PatchAsync(Guid id, HttpContext context, UploadService uploads, CaseActors actors, CancellationToken ct)
    {
        if (WrongVersion(context) is { } refused)
        {
            return refused;
        }

        var request = context.Request;
        if (!string.Equals(request.ContentType, "application/offset+octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(context, 415, "upload.content_type", "A PATCH body must be sent as application/offset+octet-stream.");
        }

        if (!long.TryParse(request.Headers["Upload-Offset"], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            return Problem(context, 400, "upload.offset_missing", "Upload-Offset must be the byte offset the body starts at.");
        }

        UploadChecksum? checksum = null;
        if (request.Headers.ContainsKey("Upload-Checksum"))
        {
            if (!TryParseChecksum(request.Headers["Upload-Checksum"].ToString(), out checksum))
            {
                return Problem(context, 400, "upload.checksum_algorithm", $"Upload-Checksum must be 'algorithm base64digest' with one of {string.Join(", ", Checksums)}.");
            }
        }

        var actor = await actors.GetAsync(ct);
        var upload = await uploads.FindAsync(id, actor.UserId, ct);
        if (upload is null)
        {
            return Problem(context, 404, "upload.not_found", $"No upload {id} of yours exists.");
        }

        // The size limit of the upload was checked at creation; a chunk may be as large as the file.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var result = await uploads.AppendAsync(upload, offset, request.ContentLength, request.Body, checksum, actor, ct);
        var headers = context.Response.Headers;
        headers["Tus-Resumable"] = Version;
        headers["Upload-Offset"] = result.Offset.ToString(CultureInfo.InvariantCulture);
        return result.Status switch
        {
            AppendStatus.Appended => Appended(context, upload, result),
            AppendStatus.OffsetMismatch => Problem(context, 409, "upload.offset_mismatch", $"Upload-Offset is {offset} but the server holds {result.Offset} bytes; resume from {result.Offset}."),
            AppendStatus.Locked => Problem(context, 423, "upload.locked", "Another request is writing to this upload; ask HEAD for the offset and retry."),
            AppendStatus.ChecksumMismatch => Problem(context, ChecksumMismatch, "upload.checksum_mismatch", "The chunk's checksum does not match Upload-Checksum; it was discarded. Send it again."),
            AppendStatus.TooLong => Problem(context, 413, "upload.too_long", $"The body goes past Upload-Length ({upload.Length}); nothing of it was kept."),
            AppendStatus.Gone => Problem(context, 410, "upload.expired", $"The upload {id} expired; start a new upload."),
            _ => Problem(context, 400, "upload.interrupted", $"The body ended early; {result.Offset} bytes are stored. Resume from there."),
        };
    }

    private static IResult Appended(HttpContext context, EvidenceUpload upload, AppendResult result)
    {
        if (result.EvidenceId is { } evidence)
        {
            context.Response.Headers[EvidenceIdHeader] = evidence.ToString();
        }
        else
        {
            context.Response.Headers["Upload-Expires"] = Http(upload.ExpiresAt);
        }

        return Results.NoContent();
    }

    private static IResult? WrongVersion(HttpContext context)
    {
        if (context.Request.Headers["Tus-Resumable"] == Version)
        {
            return null;
        }

        context.Response.Headers["Tus-Version"] = Version;
        return Problem(context, 412, "upload.tus_version", $"Send Tus-Resumable: {Version}; it is the only version served.");
    }

    private static IResult Problem(HttpContext context, int status, string code, string message)
    {
        context.Response.Headers["Tus-Resumable"] = Version;
        return Results.Problem(title: code, detail: message, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });
    }

    private static string Http(DateTimeOffset time) => time.UtcDateTime.ToString("R", CultureInfo.InvariantCulture);

    public static bool TryParseMetadata(string raw, out Dictionary<string, string> values)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return true;
        }

        foreach (var pair in raw.Split(','))
        {
            var parts = pair.Trim().Split(' ', 2);
            if (parts[0].Length == 0 || values.ContainsKey(parts[0]))
            {
                return false;
            }

            try
            {
                values[parts[0]] = parts.Length == 2 ? Encoding.UTF8.GetString(Convert.FromBase64String(parts[1].Trim())) : "";
            }
            catch (FormatException)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryReadMetadata(Dictionary<string, string> m, long length, string raw, out NewUpload upload, out string problem)
    {
        upload = null!;
        problem = "";
        Guid? caseId = null;
        if (m.TryGetValue("caseId", out var caseText))
        {
            if (!Guid.TryParse(caseText, out var parsed))
            {
                problem = $"caseId '{caseText}' is not a case id.";
                return false;
            }

            caseId = parsed;
        }

        DateTimeOffset? captured = null;
        if (m.TryGetValue("capturedAt", out var capturedText) && capturedText.Length > 0)
        {
            if (!DateTimeOffset.TryParse(capturedText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                problem = $"capturedAt '{capturedText}' is not an ISO 8601 time such as 2026-06-01T09:30:00+08:00.";
                return false;
            }

            captured = at;
        }

        Guid? device = null;
        if (m.TryGetValue("deviceId", out var deviceText) && deviceText.Length > 0)
        {
            if (!Guid.TryParse(deviceText, out var parsed))
            {
                problem = $"deviceId '{deviceText}' is not a device id.";
                return false;
            }

            device = parsed;
        }

        var step = m.GetValueOrDefault("step");
        upload = new NewUpload(
            length,
            caseId,
            m.GetValueOrDefault("filename") ?? m.GetValueOrDefault("name"),
            m.GetValueOrDefault("filetype") ?? m.GetValueOrDefault("type"),
            string.IsNullOrWhiteSpace(step) ? null : step.Trim(),
            captured,
            device,
            raw);
        return true;
    }

    private static bool TryParseChecksum(string header, out UploadChecksum? checksum)
    {
        checksum = null;
        var parts = header.Trim().Split(' ', 2);
        if (parts.Length != 2)
        {
            return false;
        }

        HashAlgorithmName? algorithm = parts[0].ToLowerInvariant() switch
        {
            "sha1" => HashAlgorithmName.SHA1,
            "sha256" => HashAlgorithmName.SHA256,
            "md5" => HashAlgorithmName.MD5,
            _ => null,
        };
        if (algorithm is null)
        {
            return false;
        }

        try
        {
            checksum = new UploadChecksum(algorithm.Value, Convert.FromBase64String(parts[1].Trim()));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
