using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.RandomInspection;
using Zhifa.Infrastructure.RandomInspection;

namespace Zhifa.Web.Pages.Portal.RandomInspections;

/// <summary>Published draws: every committed or drawn plan, newest first.</summary>
public sealed class IndexModel(RandomInspectionService service) : PageModel
{
    public IReadOnlyList<InspectionPlan> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Plans = await service.PublishedAsync(ct);
}
