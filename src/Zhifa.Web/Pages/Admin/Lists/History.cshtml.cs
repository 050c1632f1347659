using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Lists;
using Zhifa.Infrastructure.Lists;
using Zhifa.Web.Access;

namespace Zhifa.Web.Pages.Admin.Lists;

/// <summary>Every version of one entry, newest first, with who changed what and the previous value.</summary>
public sealed class HistoryModel(ListRepositories repositories, CurrentActor current) : PageModel
{
    public IListDefinition Definition { get; private set; } = PersonnelList.Definition;

    public IReadOnlyList<ListVersionView> Versions { get; private set; } = [];

    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, Guid id, CancellationToken ct)
    {
        if (ListCatalog.FindBySlug(slug) is not { } definition)
        {
            return NotFound();
        }

        Definition = definition;
        Id = id;
        Versions = await repositories.For(definition.Kind).HistoryAsync(await current.GetAsync(ct), id, ct);
        return Versions.Count == 0 ? NotFound() : Page();
    }
}
