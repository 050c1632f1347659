using Zhifa.Domain.Cases;
using Zhifa.Domain.Cases.Procedures;
using Zhifa.Infrastructure.Cases;
using Zhifa.Web.Access;
using Zhifa.Web.Problems;

namespace Zhifa.Web.Cases;

/// <summary>
/// /api/cases: registration, the case with its open and blocked steps, and one endpoint per action, for
/// mobile apps and other systems. The same rules as the pages apply; a case outside the user's offices
/// returns 404.
/// </summary>
internal static class CaseApi
{
    public static void MapCaseApi(this IEndpointRouteBuilder endpoints)
    {
        var cases = endpoints.MapGroup("/api/cases").RequireAuthorization().WithTags("Cases");
        cases.MapGet("/", ListAsync);
        cases.MapPost("/", RegisterAsync);
        cases.MapGet("/{id:guid}", GetAsync);
        cases.MapPost("/{id:guid}/actions/{action}", ActAsync);
        cases.MapGet("/{id:guid}/dossier.zip", DossierAsync)
            .WithSummary("The electronic dossier: facts, history, documents and record entries with proofs, as one ZIP.");
        cases.MapGet("/procedures/{procedure}", Definition);
        endpoints.MapPost("/api/random-inspections/tasks/{taskId:guid}/case", OpenTaskCaseAsync)
            .RequireAuthorization()
            .WithTags("Random inspections")
            .WithSummary("Opens the inspection case of a drawn task: body {\"matterId\": the inspection matter}.");
    }

    /// <summary>The body of opening a task's case: which inspection matter the case applies.</summary>
    internal sealed record OpenTaskCase(Guid? MatterId);

    private static async Task<IResult> OpenTaskCaseAsync(
        Guid taskId, OpenTaskCase? request, InspectionTaskCases tasks, CurrentActor current, CaseActors actors, CancellationToken ct)
    {
        if (request?.MatterId is not { } matterId)
        {
            return CaseProblems.From([Zhifa.Domain.Common.Error.Invalid("case.field_required", "'matterId' is required: the inspection matter on the matters list.") with
            {
                Arguments = new Dictionary<string, string> { ["field"] = "matterId" },
            }]);
        }

        var scope = (await current.GetAsync(ct)).Scope;
        var result = await tasks.OpenCaseAsync(taskId, matterId, await actors.GetAsync(ct), scope, ct);
        return result.IsSuccess
            ? Results.Created($"/api/cases/{result.Value.Id}", CaseJson.Summary(result.Value))
            : CaseProblems.From(result.Errors);
    }

    private static async Task<IResult> ListAsync(
        string? search, CaseStage? stage, ProcedureKind? procedure, bool? open, string? page, string? pageSize,
        CaseService service, CurrentActor current, CancellationToken ct)
    {
        if (!QueryNumber.TryRead("page", page, 1, 100_000, 1, out var pageNumber, out var problem)
            || !QueryNumber.TryRead("pageSize", pageSize, 1, 200, 50, out var size, out problem))
        {
            return problem!;
        }

        var actor = await current.GetAsync(ct);
        var (items, total) = await service.ListAsync(
            actor.Scope, new CaseFilter(search, stage, procedure, open ?? false, (int)pageNumber, (int)size), ct);
        return Results.Ok(new { total, page = pageNumber, pageSize = size, items = items.Select(CaseJson.Summary) });
    }

    private static async Task<IResult> RegisterAsync(
        NewCaseRequest? request, Guid? organisationId, CaseService service, CurrentActor current, CaseActors actors,
        CancellationToken ct)
    {
        if (request is null)
        {
            return ProblemResults.BadRequest("case.body_missing", "Send the new case as a JSON object.");
        }

        var scope = (await current.GetAsync(ct)).Scope;
        var actor = await actors.GetAsync(ct);
        var result = await service.RegisterAsync(request, organisationId ?? actors.OrganisationId, actor, scope, ct);
        return result.IsSuccess
            ? Results.Created($"/api/cases/{result.Value.Id}", CaseJson.Summary(result.Value))
            : CaseProblems.From(result.Errors);
    }

    private static async Task<IResult> GetAsync(Guid id, CaseService service, CurrentActor current, CaseActors actors, CancellationToken ct)
    {
        var scope = (await current.GetAsync(ct)).Scope;
        var c = await service.FindAsync(id, scope, ct);
        if (c is null)
        {
            return CaseProblems.From([CaseErrors.NotFound(id)]);
        }

        return Results.Ok(CaseJson.Detail(await service.ViewAsync(c, await actors.GetAsync(ct), ct)));
    }

    private static async Task<IResult> ActAsync(
        Guid id, string action, CaseActionRequest? request, CaseService service, CurrentActor current, CaseActors actors,
        CancellationToken ct)
    {
        if (!CaseActions.TryParse(action, out var parsed))
        {
            return ProblemResults.BadRequest("case.action_unknown", $"'{action}' is not a case action; GET /api/cases/procedures/{{procedure}} lists them.");
        }

        if (request is null)
        {
            return ProblemResults.BadRequest("case.body_missing", "Send the action's fields as a JSON object, at least {\"version\": N}.");
        }

        var scope = (await current.GetAsync(ct)).Scope;
        var result = await service.ActAsync(id, parsed, request, await actors.GetAsync(ct), scope, ct);
        return result.IsSuccess ? Results.Ok(CaseJson.Step(result.Value)) : CaseProblems.From(result.Errors);
    }

    private static async Task<IResult> DossierAsync(
        Guid id, CaseService service, DossierExporter exporter, CurrentActor current, HttpContext http, CancellationToken ct)
    {
        var scope = (await current.GetAsync(ct)).Scope;
        var c = await service.FindAsync(id, scope, ct);
        if (c is null)
        {
            return CaseProblems.From([CaseErrors.NotFound(id)]);
        }

        // Built in memory first: an export that fails half way must not reach the client as a truncated ZIP.
        using var buffer = new MemoryStream();
        await exporter.ExportAsync(c, buffer, ct);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"dossier-{c.Id}.zip\"";
        return Results.Bytes(buffer.ToArray(), "application/zip");
    }

    private static IResult Definition(ProcedureKind procedure)
    {
        var definition = Procedure.For(procedure);
        return Results.Ok(new
        {
            procedure = definition.Kind,
            start = definition.Start,
            stages = definition.Stages,
            transitions = definition.Transitions.Select(t => new
            {
                action = t.Code,
                from = t.From,
                movesStage = t.MovesStage,
                actor = t.Actor.ToString(),
                requiredFields = t.RequiredFields,
            }),
        });
    }
}
