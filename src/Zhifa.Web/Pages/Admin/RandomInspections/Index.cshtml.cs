using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Common;
using Zhifa.Domain.Lists;
using Zhifa.Domain.RandomInspection;
using Zhifa.Infrastructure.RandomInspection;
using Zhifa.Web.Access;
using Zhifa.Web.RandomInspection;

namespace Zhifa.Web.Pages.Admin.RandomInspections;

/// <summary>The plans of the user's offices, and the form for a new plan.</summary>
public sealed class IndexModel(RandomInspectionService service, CurrentActor current) : PageModel
{
    public IReadOnlyList<InspectionPlan> Plans { get; private set; } = [];

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public Error? Refusal { get; private set; }

    [BindProperty]
    public PlanForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) =>
        Plans = await service.PlansAsync(await current.GetAsync(ct), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (draft, problems) = Form.ToRequest().ToDraft();
        problems.AddRange(draft.Validate().Where(e => problems.All(p => p.Column != e.Column)));
        if (problems.Count == 0)
        {
            var result = await service.CreatePlanAsync(await current.GetAsync(ct), draft, ct);
            if (result.Plan is not null)
            {
                return Redirect($"/admin/random-inspections/{result.Plan.Id}");
            }

            Refusal = result.Error;
            problems.AddRange(result.FieldErrors);
        }

        Errors = problems;
        Plans = await service.PlansAsync(await current.GetAsync(ct), ct);
        return Page();
    }

    public string? ErrorFor(string field, Localization.Texts texts) =>
        Errors.FirstOrDefault(e => e.Column == field) is { } error ? texts.ForCode(error.Code) ?? error.Message : null;
}

/// <summary>The new-plan form's fields, as text.</summary>
public sealed class PlanForm
{
    public string? MatterCode { get; set; }

    public string? Name { get; set; }

    public List<string> TargetKinds { get; set; } = [];

    public string? Region { get; set; }

    public string? Category { get; set; } = PlanDraft.DefaultCategory;

    public string? Ratio { get; set; }

    public string? TargetCount { get; set; }

    public string? InspectorsPerTarget { get; set; } = "2";

    public bool WeightedByRisk { get; set; }

    public string? PeriodStart { get; set; }

    public string? PeriodEnd { get; set; }

    public string? Frequency { get; set; }

    internal PlanRequest ToRequest() => new(
        MatterCode, Name, TargetKinds, Region, Category, Ratio, TargetCount, InspectorsPerTarget, WeightedByRisk,
        PeriodStart, PeriodEnd, Frequency);
}
