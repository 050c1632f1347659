using Zhifa.Domain.Common;
using Zhifa.Domain.Lists;
using Zhifa.Domain.RandomInspection;
using Zhifa.Infrastructure.RandomInspection;
using Zhifa.Web.Access;
using Zhifa.Web.Problems;

namespace Zhifa.Web.RandomInspection;

/// <summary>
/// /api/random-inspections: inspection plans, their commitment and draw, declared conflicts and the
/// inspection history of an entity, scoped to the user's organisations (another office's plan returns
/// 404). /api/public/random-inspections serves what the portal publishes: commitments and draw files.
/// </summary>
internal static class RandomInspectionApi
{
    private const int MaxWitnessLength = 200;

    public static void MapRandomInspectionApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/random-inspections").RequireAuthorization().WithTags("Random inspections");
        api.MapGet("/plans", async (RandomInspectionService service, CurrentActor current, CancellationToken ct) =>
            Results.Ok((await service.PlansAsync(await current.GetAsync(ct), ct)).Select(p => PlanJson.From(p))));
        api.MapPost("/plans", CreateAsync);
        api.MapGet("/plans/{id:guid}", GetAsync);
        api.MapPost("/plans/{id:guid}/commit", CommitAsync);
        api.MapPost("/plans/{id:guid}/draw", DrawAsync);
        api.MapGet("/plans/{id:guid}/file", FileAsync);
        api.MapGet("/conflicts", async (RandomInspectionService service, CurrentActor current, CancellationToken ct) =>
            Results.Ok(await service.ConflictsAsync(await current.GetAsync(ct), ct)));
        api.MapPost("/conflicts", DeclareConflictAsync);
        api.MapGet("/entities/{id:guid}/history", async (Guid id, RandomInspectionService service, CurrentActor current, CancellationToken ct) =>
            Results.Ok((await service.HistoryAsync(await current.GetAsync(ct), id, ct)).Select(t => new
            {
                id = t.Id,
                planId = t.PlanId,
                matterId = t.MatterId,
                inspectorIds = t.Inspectors(),
                status = t.Status.ToString(),
                createdAt = t.CreatedAt,
            })));

        var portal = endpoints.MapGroup("/api/public/random-inspections").AllowAnonymous().WithTags("Public");
        portal.MapGet("/", async (RandomInspectionService service, CancellationToken ct) =>
            Results.Ok((await service.PublishedAsync(ct)).Select(p => PlanJson.From(p))));
        portal.MapGet("/{id:guid}/file", PublicFileAsync);
    }

    private static async Task<IResult> CreateAsync(
        PlanRequest request, RandomInspectionService service, CurrentActor current, CancellationToken ct)
    {
        var (draft, problems) = request.ToDraft();
        problems.AddRange(draft.Validate().Where(e => problems.All(p => p.Column != e.Column)));
        if (problems.Count > 0)
        {
            return ProblemResults.From(problems);
        }

        var result = await service.CreatePlanAsync(await current.GetAsync(ct), draft, ct);
        if (result.Error is not null)
        {
            return ProblemResults.From(result.Error);
        }

        return result.FieldErrors.Count > 0
            ? ProblemResults.From(result.FieldErrors)
            : Results.Created($"/api/random-inspections/plans/{result.Plan!.Id}", PlanJson.From(result.Plan));
    }

    private static async Task<IResult> GetAsync(Guid id, RandomInspectionService service, CurrentActor current, CancellationToken ct)
    {
        var plan = await service.FindAsync(await current.GetAsync(ct), id, ct);
        return plan is null
            ? ProblemResults.From(DrawErrors.PlanNotFound(id))
            : Results.Ok(PlanJson.From(plan, await service.TasksAsync(id, ct)));
    }

    private static async Task<IResult> CommitAsync(Guid id, RandomInspectionService service, CurrentActor current, CancellationToken ct) =>
        ToResult(await service.CommitAsync(await current.GetAsync(ct), id, ct), plan => Results.Ok(PlanJson.From(plan)));

    private static async Task<IResult> DrawAsync(
        Guid id, DrawRequest? request, RandomInspectionService service, CurrentActor current, CancellationToken ct)
    {
        var witness = (request?.Witness ?? "").Trim();
        if (witness.Length == 0 || witness.Length > MaxWitnessLength || witness.Any(char.IsControl))
        {
            return ProblemResults.From(
                [new FieldError(0, "witness", witness, "draw.witness_invalid",
                    $"Enter the witness value announced at the draw: 1 to {MaxWitnessLength} characters without control characters.")]);
        }

        var result = await service.DrawAsync(await current.GetAsync(ct), id, witness, ct);
        return ToResult(result, plan => Results.Ok(PlanJson.From(plan)));
    }

    private static async Task<IResult> FileAsync(Guid id, RandomInspectionService service, CurrentActor current, CancellationToken ct)
    {
        var plan = await service.FindAsync(await current.GetAsync(ct), id, ct);
        return await FileResultAsync(id, plan, service, ct);
    }

    private static async Task<IResult> PublicFileAsync(Guid id, RandomInspectionService service, CancellationToken ct) =>
        await FileResultAsync(id, await service.FindPublishedAsync(id, ct), service, ct);

    private static async Task<IResult> FileResultAsync(Guid id, InspectionPlan? plan, RandomInspectionService service, CancellationToken ct)
    {
        if (plan is null)
        {
            return ProblemResults.From(DrawErrors.PlanNotFound(id));
        }

        if (plan.Status != PlanStatus.Drawn)
        {
            return ProblemResults.From(Error.Conflict("draw.not_drawn", $"Inspection plan {id} has not been drawn yet; its file exists after the draw."));
        }

        var json = await service.DrawFileAsync(plan, ct);
        return Results.File(
            System.Text.Encoding.UTF8.GetBytes(json),
            "application/json; charset=utf-8",
            $"draw-{plan.Id}.json");
    }

    private static async Task<IResult> DeclareConflictAsync(
        ConflictRequest request, RandomInspectionService service, CurrentActor current, CancellationToken ct)
    {
        var problems = new List<FieldError>();
        if (request.OfficerId is null)
        {
            problems.Add(new FieldError(0, "officerId", "", "list.required", "Give the officer's identifier from the personnel list."));
        }

        var code = (request.EntityCode ?? "").Trim();
        if (code.Length is 0 or > 40)
        {
            problems.Add(new FieldError(0, "entityCode", code, "draw.entity_code_invalid",
                "Give the code of the entity or the credit code of the organisation, 1 to 40 characters."));
        }

        if (!DrawAlgorithm.TryParseReason(request.Reason ?? "", out var reason) || reason == RecusalReason.PreviousDraw)
        {
            problems.Add(new FieldError(0, "reason", request.Reason ?? "", "draw.reason_invalid",
                "Use declared-interest (an interest in the entity) or own-organisation (an affiliation with its owner)."));
        }

        var note = (request.Note ?? "").Trim();
        if (note.Length > 500)
        {
            problems.Add(new FieldError(0, "note", note[..50], "list.too_long", "Too long: at most 500 characters allowed; shorten it."));
        }

        if (problems.Count > 0)
        {
            return ProblemResults.From(problems);
        }

        var result = await service.DeclareConflictAsync(await current.GetAsync(ct), request.OfficerId!.Value, code, reason, note, ct);
        return ToResult(result, conflict => Results.Created($"/api/random-inspections/conflicts/{conflict.Id}", conflict));
    }

    private static IResult ToResult<T>(Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : ProblemResults.From(result.Errors[0]);
}
