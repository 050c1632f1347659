using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Organisations;
using Zhifa.Infrastructure.Lists;
using Zhifa.Web.Portal;

namespace Zhifa.Web.Pages;

/// <summary>The public portal's home: the agency, its offices and its five lists.</summary>
public sealed class IndexModel(PortalData portal, ListRepositories repositories) : PageModel
{
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public Dictionary<ListKind, int> Counts { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Organisations = await portal.OrganisationsAsync(ct);
        foreach (var list in ListCatalog.Published)
        {
            var (items, _) = await portal.ListAsync(repositories.For(list.Kind), ct);
            Counts[list.Kind] = items.Count;
        }
    }
}
