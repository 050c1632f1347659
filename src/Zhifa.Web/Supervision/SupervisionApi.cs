using Zhifa.Domain.Access;
using Zhifa.Domain.Common;
using Zhifa.Domain.Supervision;
using Zhifa.Infrastructure.Supervision;
using Zhifa.Web.Access;
using Zhifa.Web.Cases;
using Zhifa.Web.Problems;

namespace Zhifa.Web.Supervision;

/// <summary>
/// /api/supervision: the dashboard's figures, case-file reviews and the annual statistics; and the
/// published annual reports under /api/public. Figures are limited to the offices the user sees.
/// </summary>
internal static class SupervisionApi
{
    public static void MapSupervisionApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/supervision").RequireAuthorization().WithTags("Supervision");
        api.MapGet("/dashboard", DashboardAsync)
            .WithSummary("Figures, charts' tables and due or missed deadlines; ?period=2026-11|2026-Q4|2026&office={id}.");
        api.MapPost("/cases/{caseId:guid}/quality-reviews", ReviewAsync)
            .WithSummary("A supervisor scores a finished case's file: {\"scores\": {\"body\": \"10\", …}, \"findings\": \"…\"}.");
        api.MapGet("/annual-reports/{officeId:guid}/{year:int}", DraftAsync)
            .WithSummary("The annual statistics of an office for a year, as computed now (?format=xlsx|pdf for the files).");
        api.MapPost("/annual-reports/{officeId:guid}/{year:int}/publish", PublishAsync)
            .WithSummary("Publishes the annual statistics on the portal (legal affairs administrator or agency leader).");

        var portal = endpoints.MapGroup("/api/public/annual-reports").WithTags("Public");
        portal.MapGet("/", PublishedAsync);
        portal.MapGet("/{id:guid}.{format}", PublishedFileAsync);
    }

    internal sealed record QualityReviewBody(Dictionary<string, string?>? Scores, string? Findings);

    private static async Task<IResult> DashboardAsync(
        string? period, Guid? office, SupervisionService service, CurrentActor current, TimeProvider clock, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (!Roles.SeesSupervision(actor.Roles))
        {
            return ProblemResults.From(Error.Forbidden("supervision.role_required", "The dashboard is for department heads, agency leaders and supervisors."));
        }

        var chosen = period is null ? ReportingPeriod.MonthOf(Zhifa.Domain.Time.AgencyTime.Today(clock)) : ReportingPeriod.Parse(period);
        if (chosen is null)
        {
            return ProblemResults.BadRequest("supervision.period_invalid", $"'period' must be {ReportingPeriod.Formats}; '{ProblemResults.Shorten(period!)}' is not.");
        }

        if (office is { } id && !actor.Scope.CanSee(id))
        {
            return ProblemResults.From(Error.NotFound("supervision.office_not_found", $"{id} is not an office you can see."));
        }

        return Results.Ok(await service.DashboardAsync(actor.Scope, chosen, office, ct));
    }

    private static async Task<IResult> ReviewAsync(
        Guid caseId, QualityReviewBody? body, QualityReviewService service, CurrentActor current, CaseActors actors, CancellationToken ct)
    {
        var request = new QualityReviewRequest(body?.Scores ?? [], body?.Findings);
        var result = await service.ReviewAsync(caseId, request, await actors.GetAsync(ct), (await current.GetAsync(ct)).Scope, ct);
        return result.IsSuccess
            ? Results.Created($"/api/supervision/cases/{caseId}/quality-reviews/{result.Value.Id}", new
            {
                result.Value.Id,
                result.Value.CaseId,
                result.Value.Total,
                Grade = result.Value.Grade.ToString(),
                Scores = result.Value.ScoreByCode(),
                result.Value.Findings,
                result.Value.ReviewedOn,
            })
            : CaseProblems.From(result.Errors);
    }

    private static async Task<IResult> DraftAsync(
        Guid officeId, int year, string? format, AnnualReportService service, CurrentActor current, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (!Roles.SeesSupervision(actor.Roles) && !Roles.MaintainsLists(actor.Roles))
        {
            return ProblemResults.From(Error.Forbidden("supervision.role_required", "The annual statistics are for heads, leaders, supervisors and the legal affairs office."));
        }

        var draft = await service.DraftAsync(officeId, year, actor.Scope, ct);
        if (!draft.IsSuccess)
        {
            return CaseProblems.From(draft.Errors);
        }

        return format switch
        {
            null or "json" => Results.Ok(draft.Value),
            "xlsx" => File(stream => AnnualReportService.WriteXlsx(draft.Value, stream), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"annual-{year}.xlsx"),
            "pdf" => File(stream => AnnualReportService.WritePdf(draft.Value, stream), "application/pdf", $"annual-{year}.pdf"),
            _ => ProblemResults.BadRequest("supervision.format_invalid", $"'format' must be json, xlsx or pdf; '{ProblemResults.Shorten(format)}' is not."),
        };
    }

    private static async Task<IResult> PublishAsync(Guid officeId, int year, AnnualReportService service, CurrentActor current, CancellationToken ct)
    {
        var result = await service.PublishAsync(officeId, year, await current.GetAsync(ct), ct);
        return result.IsSuccess
            ? Results.Created($"/api/public/annual-reports/{result.Value.Id}.pdf", new { result.Value.Id, result.Value.Year, result.Value.Version, result.Value.PublishedAt })
            : CaseProblems.From(result.Errors);
    }

    private static async Task<IResult> PublishedAsync(AnnualReportService service, CancellationToken ct) =>
        Results.Ok((await service.PublishedAsync(null, ct)).Select(r => new
        {
            r.Id,
            r.OrganisationId,
            r.Year,
            r.Version,
            r.PublishedAt,
            Pdf = $"/api/public/annual-reports/{r.Id}.pdf",
            Xlsx = $"/api/public/annual-reports/{r.Id}.xlsx",
        }));

    private static async Task<IResult> PublishedFileAsync(
        Guid id, string format, AnnualReportService service, Zhifa.Infrastructure.Files.ContentStore store, CancellationToken ct)
    {
        var report = (await service.PublishedAsync(null, ct)).FirstOrDefault(r => r.Id == id);
        var (hash, type) = format switch
        {
            "pdf" => (report?.PdfSha256, "application/pdf"),
            "xlsx" => (report?.XlsxSha256, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            _ => (null, ""),
        };
        return hash is null || !store.Exists(hash)
            ? ProblemResults.From(Error.NotFound("annual_report.not_found", $"No published annual report {id}.{ProblemResults.Shorten(format)}; the list is at /api/public/annual-reports."))
            : Results.File(store.PathFor(hash), type, $"annual-{report!.Year}.{format}");
    }

    private static IResult File(Action<Stream> write, string contentType, string name)
    {
        var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        return Results.File(buffer, contentType, name);
    }
}
