using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Cases;
using Zhifa.Infrastructure.Cases;
using Zhifa.Web.Access;

namespace Zhifa.Web.Pages.Cases;

/// <summary>The case list of the user's offices, newest change first, with search by number, title or party.</summary>
public sealed class IndexModel(CaseService cases, CurrentActor current) : PageModel
{
    public IReadOnlyList<EnforcementCase> Items { get; private set; } = [];

    public int Total { get; private set; }

    public string? Search { get; private set; }

    public int PageNumber { get; private set; } = 1;

    /// <summary>The stage the list is narrowed to, from the dashboard's drill-down; null for all.</summary>
    public CaseStage? Stage { get; private set; }

    public bool OpenOnly { get; private set; }

    public async Task OnGetAsync(string? search, int? page, string? stage, bool? open, CancellationToken ct)
    {
        Search = search;
        Stage = Enum.TryParse<CaseStage>(stage, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        OpenOnly = open == true;
        PageNumber = Math.Clamp(page ?? 1, 1, 100_000);
        var scope = (await current.GetAsync(ct)).Scope;
        (Items, Total) = await cases.ListAsync(scope, new CaseFilter(search, Stage, OpenOnly: OpenOnly, Page: PageNumber), ct);
    }
}
