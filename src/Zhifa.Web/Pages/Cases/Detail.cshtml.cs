using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.Lists;
using Zhifa.Domain.LegalReview;
using Zhifa.Infrastructure.Cases;
using Zhifa.Infrastructure.LegalReview;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Access;
using Zhifa.Web.Cases;
using Zhifa.Web.Localization;

namespace Zhifa.Web.Pages.Cases;

/// <summary>
/// The case page: facts, deadlines in colour, the steps open now with their forms, the blocked steps with the
/// article that blocks each, and the history. Another office's case returns 404.
/// </summary>
public sealed class DetailModel(
    CaseService cases,
    CaseDocumentService documents,
    LegalReviewService reviews,
    CurrentActor current,
    CaseActors actors,
    ZhifaDbContext db,
    Texts texts)
    : PageModel
{
    // Rules that an earlier effective day can meet although today fails them. The preview checks every rule
    // against today. A step entered later for the day it happened, such as a hearing requested in time or a
    // decision made within 90 days, must still be possible, and the post checks these rules on the day entered.
    private static readonly HashSet<string> EarlierDayRules =
    [
        "case.hearing_request_late",
        "case.decision_time_limit_passed",
        "case.time_barred",
    ];

    public CaseView View { get; private set; } = null!;

    public IReadOnlyList<Officer> Eligible { get; private set; } = [];

    public IReadOnlyList<string> Messages { get; private set; } = [];

    /// <summary>The case's legal reviews, oldest first, each with its own page.</summary>
    public IReadOnlyList<ReviewTask> Reviews { get; private set; } = [];

    /// <summary>The legal reviewers who may be assigned, loaded when the assignment step is open.</summary>
    public IReadOnlyList<CaseActor> Reviewers { get; private set; } = [];

    public string? FailedAction { get; private set; }

    public string? Done { get; private set; }

    /// <summary>The steps with a form: open today, or blocked today only by a rule an earlier day can meet.</summary>
    public IEnumerable<StepOption> FormSteps => View.Options.Where(o => o.IsOpen || IsOpenForEarlierDay(o));

    public IEnumerable<StepOption> BlockedSteps => View.Options.Where(o => !o.IsOpen && !IsOpenForEarlierDay(o));

    [BindProperty]
    public CaseActionForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        Done = done;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string action, CancellationToken ct)
    {
        if (!CaseActions.TryParse(action, out var parsed))
        {
            return BadRequest();
        }

        var problems = new Dictionary<string, string>();
        var request = Form.ToRequest(problems);
        IReadOnlyList<Error> refusals = [];
        if (problems.Count > 0)
        {
            Messages = [.. problems.Select(p => $"{texts["case.field." + p.Key]}：{texts["error." + p.Value]}")];
        }
        else
        {
            var scope = (await current.GetAsync(ct)).Scope;
            var result = await cases.ActAsync(id, parsed, request, await actors.GetAsync(ct), scope, ct);
            if (result.IsSuccess)
            {
                return Redirect($"/cases/{id}?done={action}");
            }

            if (result.Errors.Any(e => e.Kind == ErrorKind.NotFound))
            {
                return NotFound();
            }

            refusals = result.Errors;
            Messages = [.. refusals.Select(Describe)];
        }

        FailedAction = action;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        // A form sent twice (a double click, the back button) fails because its step is already the last one
        // taken, so the message reports that instead of a stage that does not allow the step.
        if (refusals.Count > 0 && refusals.All(e => e.Code == "case.action_not_in_stage")
            && View.Steps.Count > 0 && View.Steps.MaxBy(s => s.Sequence)!.Action == action)
        {
            Messages = [texts["case.already_done"]];
        }

        return Page();
    }

    /// <summary>
    /// Returns what the user typed into a field of the step that was just rejected, so the form shows it again.
    /// Fields of other steps start empty.
    /// </summary>
    public string Posted(string action, string name) =>
        FailedAction == action && Request.HasFormContentType ? Request.Form[name].ToString() : "";

    /// <summary>The message of a refusal in the page's language, with the article it comes from.</summary>
    public string Describe(Error error) => texts.ForErrorWithSource(error);

    public static bool IsOpenForEarlierDay(StepOption option) =>
        !option.IsOpen && option.BlockedBy.All(e => EarlierDayRules.Contains(e.Code));

    public string OfficerName(Guid id) =>
        View.Officers.GetValueOrDefault(id)?.Name ?? Eligible.FirstOrDefault(o => o.Id == id)?.Name ?? id.ToString();

    /// <summary>The documents the case has reached the stage of.</summary>
    public IEnumerable<DocumentKind> AvailableDocuments =>
        Enum.GetValues<DocumentKind>().Where(k => Zhifa.Documents.Templates.CaseDocumentTemplates.IsAvailable(k, View.Case));

    public async Task<IActionResult> OnPostDocumentAsync(Guid id, DocumentKind kind, string format, CancellationToken ct)
    {
        var scope = (await current.GetAsync(ct)).Scope;
        var result = await documents.GenerateAsync(id, kind, format, await actors.GetAsync(ct), scope, ct);
        return await AfterDocumentAsync(id, result.IsSuccess ? null : result.Errors, ct);
    }

    public async Task<IActionResult> OnPostScanAsync(Guid id, DocumentKind kind, IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            return await AfterDocumentAsync(id, [Error.Invalid("case.scan_missing", "Choose the scanned file first.")], ct);
        }

        var scope = (await current.GetAsync(ct)).Scope;
        await using var stream = file.OpenReadStream();
        var result = await documents.UploadScanAsync(id, kind, stream, file.FileName, await actors.GetAsync(ct), scope, ct);
        return await AfterDocumentAsync(id, result.IsSuccess ? null : result.Errors, ct);
    }

    private async Task<IActionResult> AfterDocumentAsync(Guid id, IReadOnlyList<Error>? errors, CancellationToken ct)
    {
        if (errors is null)
        {
            return Redirect($"/cases/{id}?done=document#documents");
        }

        if (errors.Any(e => e.Kind == ErrorKind.NotFound))
        {
            return NotFound();
        }

        Messages = [.. errors.Select(Describe)];
        FailedAction = "document";
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var scope = (await current.GetAsync(ct)).Scope;
        var c = await cases.FindAsync(id, scope, ct);
        if (c is null)
        {
            return false;
        }

        View = await cases.ViewAsync(c, await actors.GetAsync(ct), ct);
        var organisations = await cases.EligibleOrganisationsAsync(c.OrganisationId, ct);
        Eligible = await db.Officers.AsNoTracking()
            .Where(o => organisations.Contains(o.OrganisationId) && o.Status == OfficerStatus.Active)
            .OrderBy(o => o.CertificateNumber)
            .ToListAsync(ct);
        Reviews = await reviews.OfCaseAsync(c.Id, ct);
        if (View.Options.Any(o => o.Transition.Action == CaseAction.AssignLegalReviewer))
        {
            Reviewers = await reviews.ReviewersAsync(c.OrganisationId, ct);
        }

        return true;
    }
}
