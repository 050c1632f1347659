using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Time;
using Zhifa.Infrastructure.Lists;
using Zhifa.Web.Access;

namespace Zhifa.Web.Pages.Admin.Lists;

/// <summary>Browse and search one list, limited to the organisations the user may see.</summary>
public sealed class IndexModel(ListRepositories repositories, CurrentActor current, TimeProvider clock) : PageModel
{
    private const int PageSize = 50;

    public IListDefinition Definition { get; private set; } = PersonnelList.Definition;

    public IReadOnlyList<ColumnInfo> Columns { get; private set; } = [];

    public ListPage Result { get; private set; } = new([], 0, 1, PageSize);

    public ListContext Context { get; private set; } = null!;

    public string? Search { get; private set; }

    public bool CanMaintain { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? search, int? pageNumber, CancellationToken ct)
    {
        if (ListCatalog.FindBySlug(slug) is not { } definition)
        {
            return NotFound();
        }

        var actor = await current.GetAsync(ct);
        var repository = repositories.For(definition.Kind);
        Definition = definition;
        Columns = definition.Columns.Where(c => !c.IsLongText).Take(9).ToList();
        Search = search;
        CanMaintain = actor.MaintainsLists;
        Today = AgencyTime.Today(clock);
        Context = repository.ContextFor(actor);
        Result = await repository.QueryAsync(actor, search, Math.Clamp(pageNumber ?? 1, 1, 100_000), PageSize, ct);
        return Page();
    }
}
