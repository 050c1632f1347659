using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Access;
using Zhifa.Domain.Calendar;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.LegalReview;
using Zhifa.Infrastructure.Cases;
using Zhifa.Infrastructure.LegalReview;
using Zhifa.Web.Access;
using Zhifa.Web.Cases;
using Zhifa.Web.Localization;

namespace Zhifa.Web.Pages.LegalReviews;

/// <summary>
/// One legal review: the case and the proposal revision under review, the materials, the time limit, and the
/// forms to assign a reviewer, extend the time limit and record the findings and opinion. Every form posts a
/// case step through <see cref="LegalReviewService.ActAsync"/>, so the rules are the case's.
/// </summary>
public sealed class DetailModel(LegalReviewService reviews, CaseService cases, CurrentActor current, CaseActors actors, Texts texts)
    : PageModel
{
    public ReviewTask Task { get; private set; } = null!;

    public EnforcementCase Case { get; private set; } = null!;

    public IReadOnlyList<ReviewTask> History { get; private set; } = [];

    public IReadOnlyList<CaseActor> Reviewers { get; private set; } = [];

    public DeadlineState? DeadlineState { get; private set; }

    public CaseActor Actor { get; private set; } = null!;

    public IReadOnlyList<string> Messages { get; private set; } = [];

    public string? Done { get; private set; }

    [BindProperty]
    public ReviewForm Form { get; set; } = new();

    /// <summary>Whether this task is the case's current review, still waiting for its opinion.</summary>
    public bool IsCurrent => Case.Stage == CaseStage.InLegalReview && History.Count > 0 && History[^1].Id == Task.Id;

    public bool CanAssign => IsCurrent && Actor.Roles.Contains(Roles.LegalReviewer);

    public bool CanRecord => IsCurrent && Task.ReviewerUserId == Actor.UserId;

    public bool CanExtend => IsCurrent && Task.ExtensionWorkingDays == 0 && Actor.HasAnyRole([Roles.DepartmentHead, Roles.AgencyLeader]);

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        Done = done;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, CaseAction.AssignLegalReviewer, r => r.ReviewerUserId = Form.ReviewerUserId, ct);

    public Task<IActionResult> OnPostExtendAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, CaseAction.ExtendLegalReview, r => r.Reason = Text(Form.Reason), ct);

    public Task<IActionResult> OnPostOpinionAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, CaseAction.RecordLegalReview, r =>
        {
            r.ReviewOutcome = Form.ReviewOutcome;
            r.Opinion = Text(Form.Opinion);
            r.ReviewPoints =
            [
                .. ReviewPoints.All.Select(p => ReviewPoints.Code(p)).Select(code => new ReviewPointFinding
                {
                    Point = code,
                    Finding = Form.Findings.GetValueOrDefault(code),
                    Note = Text(Form.Notes.GetValueOrDefault(code)),
                }),
            ];
        }, ct);

    /// <summary>The message of a refusal in the page's language, with the field or article it concerns.</summary>
    public string Describe(Error error)
    {
        return error.Arguments.TryGetValue("field", out var field)
            ? $"{Label(field)}：{texts.ForError(error)}"
            : texts.ForErrorWithSource(error);
    }

    private string Label(string field)
    {
        var parts = field.Split('.');
        return parts is ["reviewPoints", var code, ..] && ReviewPoints.Parse(code) is { } point
            ? (Texts.IsEnglish ? ReviewPoints.English(point) : ReviewPoints.Chinese(point)) + (parts.Length > 2 ? " " + texts["review.field." + parts[2]] : "")
            : texts["review.field." + field];
    }

    private async Task<IActionResult> ActAsync(Guid id, CaseAction action, Action<CaseActionRequest> fill, CancellationToken ct)
    {
        var request = new CaseActionRequest { Version = Form.Version };
        if (!string.IsNullOrWhiteSpace(Form.EffectiveOn)
            && DateOnly.TryParseExact(Form.EffectiveOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            request.EffectiveOn = day;
        }

        fill(request);
        var scope = (await current.GetAsync(ct)).Scope;
        var result = await reviews.ActAsync(id, action, request, await actors.GetAsync(ct), scope, ct);
        if (result.IsSuccess)
        {
            return Redirect($"/legal-reviews/{id}?done={CaseActions.Code(action)}");
        }

        if (result.Errors.Any(e => e.Kind == ErrorKind.NotFound))
        {
            return NotFound();
        }

        Messages = [.. result.Errors.Select(Describe)];
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var scope = (await current.GetAsync(ct)).Scope;
        var task = await reviews.FindAsync(id, scope, ct);
        var c = task is null ? null : await cases.FindAsync(task.CaseId, scope, ct);
        if (task is null || c is null)
        {
            return false;
        }

        Task = task;
        Case = c;
        Actor = await actors.GetAsync(ct);
        History = await reviews.OfCaseAsync(c.Id, ct);
        DeadlineState = await reviews.StateAsync(task, ct);
        Reviewers = CanAssign ? await reviews.ReviewersAsync(c.OrganisationId, ct) : [];
        return true;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The review page's forms as posted.</summary>
public sealed class ReviewForm
{
    public int? Version { get; set; }

    public string? EffectiveOn { get; set; }

    public Guid? ReviewerUserId { get; set; }

    public string? Reason { get; set; }

    public ReviewOutcome? ReviewOutcome { get; set; }

    public string? Opinion { get; set; }

    public Dictionary<string, PointFinding?> Findings { get; set; } = [];

    public Dictionary<string, string?> Notes { get; set; } = [];
}
