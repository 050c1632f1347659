using Zhifa.Domain.Cases;
using Zhifa.Domain.LegalReview;
using Zhifa.Infrastructure.LegalReview;
using Zhifa.Web.Access;
using Zhifa.Web.Cases;
using Zhifa.Web.Problems;

namespace Zhifa.Web.LegalReview;

/// <summary>
/// /api/legal-reviews: the reviewers' queue, one review with its materials and findings, assignment and the
/// opinion (both case steps, so the case rules and the full-process record apply), the opinion form as DOCX or
/// PDF, the figures and the flowchart definition. A review outside the user's offices returns 404.
/// </summary>
internal static class LegalReviewApi
{
    public static void MapLegalReviewApi(this IEndpointRouteBuilder endpoints)
    {
        var reviews = endpoints.MapGroup("/api/legal-reviews").RequireAuthorization().WithTags("Legal review");
        reviews.MapGet("/", QueueAsync).WithSummary("The review tasks of your offices; ?open=true for those awaiting an opinion.");
        reviews.MapGet("/figures", FiguresAsync).WithSummary("Reviews by organisation and month: counts, pass rate and working days taken.");
        reviews.MapGet("/procedure", () => Results.Ok(new { stages = LegalReviewProcedure.Stages, transitions = LegalReviewProcedure.Transitions }))
            .WithSummary("The legal review flowchart as data: stages and transitions with Chinese and English labels.");
        reviews.MapGet("/{id:guid}", GetAsync);
        reviews.MapPost("/{id:guid}/assign", (Guid id, CaseActionRequest? request, LegalReviewService service, CurrentActor current, CaseActors actors, CancellationToken ct) =>
            ActAsync(id, CaseAction.AssignLegalReviewer, request, service, current, actors, ct));
        reviews.MapPost("/{id:guid}/extend", (Guid id, CaseActionRequest? request, LegalReviewService service, CurrentActor current, CaseActors actors, CancellationToken ct) =>
            ActAsync(id, CaseAction.ExtendLegalReview, request, service, current, actors, ct));
        reviews.MapPost("/{id:guid}/opinion", (Guid id, CaseActionRequest? request, LegalReviewService service, CurrentActor current, CaseActors actors, CancellationToken ct) =>
            ActAsync(id, CaseAction.RecordLegalReview, request, service, current, actors, ct));
        reviews.MapGet("/{id:guid}/opinion.{format}", FormAsync).WithSummary("The review opinion form (法制审核意见表), format docx or pdf.");
    }

    private static async Task<IResult> QueueAsync(bool? open, LegalReviewService service, CurrentActor current, CancellationToken ct)
    {
        var scope = (await current.GetAsync(ct)).Scope;
        var items = await service.QueueAsync(scope, open ?? false, ct);
        return Results.Ok(new { items = items.Select(i => Summary(i.Task, i.State)) });
    }

    private static async Task<IResult> GetAsync(Guid id, LegalReviewService service, CurrentActor current, CancellationToken ct)
    {
        var scope = (await current.GetAsync(ct)).Scope;
        var task = await service.FindAsync(id, scope, ct);
        if (task is null)
        {
            return ProblemResults.From(Zhifa.Domain.Common.Error.NotFound("legal_review.not_found", $"No legal review {id} was found in your offices."));
        }

        return Results.Ok(new
        {
            review = Summary(task, await service.StateAsync(task, ct)),
            task.Materials,
            findings = task.Findings,
            task.Opinion,
            task.ReReviewReason,
            task.RulingOn,
            task.RulingPassed,
            task.RulingConclusion,
            task.VoidedOn,
        });
    }

    private static async Task<IResult> ActAsync(
        Guid id, CaseAction action, CaseActionRequest? request, LegalReviewService service, CurrentActor current, CaseActors actors,
        CancellationToken ct)
    {
        if (request is null)
        {
            return ProblemResults.BadRequest("case.body_missing", "Send the step's fields as a JSON object, at least {\"version\": N} of the case.");
        }

        var scope = (await current.GetAsync(ct)).Scope;
        var result = await service.ActAsync(id, action, request, await actors.GetAsync(ct), scope, ct);
        return result.IsSuccess ? Results.Ok(CaseJson.Step(result.Value)) : CaseProblems.From(result.Errors);
    }

    private static async Task<IResult> FormAsync(Guid id, string format, LegalReviewService service, CurrentActor current, CancellationToken ct)
    {
        var scope = (await current.GetAsync(ct)).Scope;
        var result = await service.OpinionFormAsync(id, format, scope, ct);
        if (!result.IsSuccess)
        {
            return CaseProblems.From(result.Errors);
        }

        var contentType = format == "pdf"
            ? "application/pdf"
            : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        return Results.File(result.Value, contentType, $"法制审核意见表-{id:N}.{format}");
    }

    private static async Task<IResult> FiguresAsync(LegalReviewService service, CurrentActor current, CancellationToken ct)
    {
        var scope = (await current.GetAsync(ct)).Scope;
        return Results.Ok(new { items = await service.FiguresAsync(scope, ct) });
    }

    private static object Summary(ReviewTask t, Zhifa.Domain.Calendar.DeadlineState? state) => new
    {
        t.Id,
        t.CaseId,
        t.CaseNumber,
        t.CaseTitle,
        t.OrganisationId,
        t.ProposalRevision,
        t.Round,
        state = t.State.ToString(),
        t.SubmittedOn,
        t.SubmittedBy,
        t.ReviewerUserId,
        t.ReviewerName,
        t.AssignedOn,
        t.DueOn,
        deadline = state?.ToString(),
        t.ExtensionWorkingDays,
        t.ReviewedOn,
        outcome = t.Outcome?.ToString(),
    };
}
