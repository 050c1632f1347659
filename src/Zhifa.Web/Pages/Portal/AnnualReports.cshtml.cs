using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Supervision;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Supervision;

namespace Zhifa.Web.Pages.Portal;

/// <summary>The published annual enforcement statistics of every office, newest year first.</summary>
public sealed class AnnualReportsModel(AnnualReportService service, ZhifaDbContext db) : PageModel
{
    public IReadOnlyList<AnnualReport> Reports { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> OfficeNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Reports = await service.PublishedAsync(null, ct);
        OfficeNames = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }

    public IReadOnlyList<StatisticLine> LinesOf(AnnualReport report) =>
        System.Text.Json.JsonSerializer.Deserialize<List<StatisticLine>>(report.Lines) ?? [];
}
