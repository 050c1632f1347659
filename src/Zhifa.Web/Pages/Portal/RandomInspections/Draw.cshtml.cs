using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.RandomInspection;
using Zhifa.Web.RandomInspection;

namespace Zhifa.Web.Pages.Portal.RandomInspections;

/// <summary>One published draw: its inputs, the algorithm, the result and the file to recompute it.</summary>
public sealed class DrawModel(RandomInspectionService service, ZhifaDbContext db) : PageModel
{
    public DrawView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var plan = await service.FindPublishedAsync(id, ct);
        if (plan is null)
        {
            return NotFound();
        }

        View = await DrawView.LoadAsync(plan, service, db, ct);
        return Page();
    }
}
