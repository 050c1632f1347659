using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Common;
using Zhifa.Domain.RandomInspection;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.RandomInspection;
using Zhifa.Web.Access;
using Zhifa.Web.RandomInspection;

namespace Zhifa.Web.Pages.Admin.RandomInspections;

/// <summary>One plan: its commitment, the draw with the witness value, and the inspection tasks.</summary>
public sealed class PlanModel(RandomInspectionService service, CurrentActor current, ZhifaDbContext db) : PageModel
{
    public DrawView View { get; private set; } = null!;

    public Error? Refusal { get; private set; }

    public string? WitnessError { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostCommitAsync(Guid id, CancellationToken ct)
    {
        var result = await service.CommitAsync(await current.GetAsync(ct), id, ct);
        if (!result.IsSuccess && result.Errors[0].Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        Refusal = result.IsSuccess ? null : result.Errors[0];
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostDrawAsync(Guid id, string? witness, CancellationToken ct)
    {
        var value = (witness ?? "").Trim();
        if (value.Length is 0 or > 200 || value.Any(char.IsControl))
        {
            WitnessError = "draw.witness_invalid";
            return await ShowAsync(id, ct);
        }

        var result = await service.DrawAsync(await current.GetAsync(ct), id, value, ct);
        if (!result.IsSuccess && result.Errors[0].Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        Refusal = result.IsSuccess ? null : result.Errors[0];
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        var plan = await service.FindAsync(await current.GetAsync(ct), id, ct);
        if (plan is null)
        {
            return NotFound();
        }

        View = await DrawView.LoadAsync(plan, service, db, ct);
        return Page();
    }

    public bool IsDrawn => View.Plan.Status == PlanStatus.Drawn;
}
