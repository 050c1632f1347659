using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.Supervision;
using Zhifa.Infrastructure.Cases;
using Zhifa.Infrastructure.Supervision;
using Zhifa.Web.Access;
using Zhifa.Web.Cases;

namespace Zhifa.Web.Pages.Supervision;

/// <summary>The case-file review form of one case, with the reviews it already had.</summary>
public sealed class QualityModel(QualityReviewService reviews, CaseService cases, CurrentActor current, CaseActors actors) : PageModel
{
    public EnforcementCase? Case { get; private set; }

    public IReadOnlyList<CaseQualityReview> Earlier { get; private set; } = [];

    public IReadOnlyList<Error> Errors { get; private set; } = [];

    [BindProperty]
    public Dictionary<string, string?> Scores { get; set; } = [];

    [BindProperty]
    public string? Findings { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var result = await reviews.ReviewAsync(id, new QualityReviewRequest(Scores, Findings), await actors.GetAsync(ct), (await current.GetAsync(ct)).Scope, ct);
        if (result.IsSuccess)
        {
            return Redirect($"/supervision/quality/{id}");
        }

        Errors = result.Errors;
        return Page();
    }

    public string? ErrorFor(string field) =>
        Errors.FirstOrDefault(e => e.Arguments.TryGetValue("field", out var f) && f == field) is { } error ? ErrorText(error) : null;

    public IEnumerable<Error> GeneralErrors() => Errors.Where(e => !e.Arguments.ContainsKey("field"));

    public string ErrorText(Error error) =>
        HttpContext.RequestServices.GetRequiredService<Localization.Texts>().ForErrorWithSource(error);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Case = await cases.FindAsync(id, (await current.GetAsync(ct)).Scope, ct);
        if (Case is null)
        {
            return false;
        }

        Earlier = await reviews.ForCaseAsync(id, ct);
        return true;
    }
}
