using Zhifa.Domain.Cases;
using Zhifa.Infrastructure.Cases;
using Zhifa.Web.Access;
using Zhifa.Web.Problems;

namespace Zhifa.Web.Cases;

/// <summary>
/// /api/cases/{id}/documents: generate a document as PDF or DOCX, upload its signed scan, download a stored
/// file. Each new file is recorded with its SHA-256.
/// </summary>
internal static class CaseDocumentApi
{
    public static void MapCaseDocumentApi(this IEndpointRouteBuilder endpoints)
    {
        var documents = endpoints.MapGroup("/api/cases/{id:guid}/documents").RequireAuthorization().WithTags("Cases");
        documents.MapPost("/{kind}", GenerateAsync).WithSummary("Generates a document of the case (format=pdf or docx) and stores it.");
        documents.MapPost("/{kind}/scan", UploadScanAsync)
            .WithSummary("Stores the signed scan of a document: a PDF, JPEG or PNG body, or a form with a 'file' field.")
            .DisableAntiforgery();
        documents.MapGet("/{documentId:guid}", DownloadAsync).WithSummary("Downloads a stored document, with range requests.");
    }

    public static bool TryParseKind(string text, out DocumentKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind);

    private static async Task<IResult> GenerateAsync(
        Guid id, string kind, string? format, CaseDocumentService documents, CurrentActor current, CaseActors actors, CancellationToken ct)
    {
        if (!TryParseKind(kind, out var parsed))
        {
            return UnknownKind(kind);
        }

        var scope = (await current.GetAsync(ct)).Scope;
        var result = await documents.GenerateAsync(id, parsed, format ?? "pdf", await actors.GetAsync(ct), scope, ct);
        return result.IsSuccess
            ? Results.Created($"/api/cases/{id}/documents/{result.Value.Id}", Json(result.Value))
            : CaseProblems.From(result.Errors);
    }

    private static async Task<IResult> UploadScanAsync(
        Guid id, string kind, HttpRequest request, CaseDocumentService documents, CurrentActor current, CaseActors actors, CancellationToken ct)
    {
        if (!TryParseKind(kind, out var parsed))
        {
            return UnknownKind(kind);
        }

        var scope = (await current.GetAsync(ct)).Scope;
        var actor = await actors.GetAsync(ct);
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files.GetFile("file") is not { } file)
            {
                return ProblemResults.BadRequest("case.scan_missing", "The form has no 'file' field; attach the signed scan as 'file'.");
            }

            await using var stream = file.OpenReadStream();
            var fromForm = await documents.UploadScanAsync(id, parsed, stream, file.FileName, actor, scope, ct);
            return fromForm.IsSuccess ? Results.Created($"/api/cases/{id}/documents/{fromForm.Value.Id}", Json(fromForm.Value)) : CaseProblems.From(fromForm.Errors);
        }

        var name = request.Headers["X-File-Name"].ToString();
        var result = await documents.UploadScanAsync(id, parsed, request.Body, name, actor, scope, ct);
        return result.IsSuccess ? Results.Created($"/api/cases/{id}/documents/{result.Value.Id}", Json(result.Value)) : CaseProblems.From(result.Errors);
    }

    private static async Task<IResult> DownloadAsync(
        Guid id, Guid documentId, CaseDocumentService documents, CurrentActor current, CancellationToken ct)
    {
        var scope = (await current.GetAsync(ct)).Scope;
        var found = await documents.OpenAsync(id, documentId, scope, ct);
        if (found is not { } stored)
        {
            return CaseProblems.From([Zhifa.Domain.Common.Error.NotFound("case.document_not_found", $"No document {documentId} exists on this case.")]);
        }

        return Results.File(stored.Path, stored.Document.ContentType, stored.Document.FileName, enableRangeProcessing: true);
    }

    private static object Json(CaseDocument d) => new { d.Id, kind = d.Kind, d.Format, d.FileName, d.ContentType, d.Sha256, d.Length, d.CreatedAt };

    private static IResult UnknownKind(string kind) => ProblemResults.BadRequest(
        "case.document_kind",
        $"'{kind}' is not a document kind; use one of {string.Join(", ", Enum.GetNames<DocumentKind>())}.");
}
