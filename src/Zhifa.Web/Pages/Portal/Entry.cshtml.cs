using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Lists;
using Zhifa.Infrastructure.Lists;
using Zhifa.Web.Portal;

namespace Zhifa.Web.Pages.Portal;

/// <summary>
/// One published list entry with every field, long texts included: for a matter this is its legal basis
/// and the service guide (conditions, materials, procedure, time limit, supervision, remedies).
/// </summary>
public sealed class EntryModel(PortalData portal, ListRepositories repositories) : PageModel
{
    public IListDefinition Definition { get; private set; } = MattersList.Definition;

    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public string OrganisationName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, Guid id, CancellationToken ct)
    {
        if (ListCatalog.FindBySlug(slug) is not { IsPublished: true } definition)
        {
            return NotFound();
        }

        var (items, context) = await portal.ListAsync(repositories.For(definition.Kind), ct);
        if (items.FirstOrDefault(i => i.Id == id) is not { } item)
        {
            return NotFound();
        }

        Definition = definition;
        Values = definition.Snapshot(item, context);
        OrganisationName = (await portal.OrganisationsAsync(ct)).FirstOrDefault(o => o.Id == item.OrganisationId)?.Name ?? "";
        return Page();
    }
}
