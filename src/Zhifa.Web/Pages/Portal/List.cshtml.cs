using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Time;
using Zhifa.Infrastructure.Lists;
using Zhifa.Web.Portal;

namespace Zhifa.Web.Pages.Portal;

/// <summary>One of the five lists as the public sees it. Long texts are left to the detail columns of the export.</summary>
public sealed class ListModel(PortalData portal, ListRepositories repositories, TimeProvider clock) : PageModel
{
    public IListDefinition Definition { get; private set; } = PersonnelList.Definition;

    public IReadOnlyList<ColumnInfo> Columns { get; private set; } = [];

    public IReadOnlyList<(Guid Id, IReadOnlyDictionary<string, string> Values, CertificateState? CertificateState)> Rows { get; private set; } = [];

    private Dictionary<string, string> _organisationNames = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (ListCatalog.FindBySlug(slug) is not { IsPublished: true } definition)
        {
            return NotFound();
        }

        Definition = definition;
        Columns = definition.Columns.Where(c => !c.IsLongText).ToList();
        var (items, context) = await portal.ListAsync(repositories.For(definition.Kind), ct);
        var today = AgencyTime.Today(clock);
        Rows = items
            .Select(i => (i.Id, definition.Snapshot(i, context), i is Officer o ? o.CertificateStateOn(today) : (CertificateState?)null))
            .ToList();
        _organisationNames = (await portal.OrganisationsAsync(ct)).ToDictionary(o => o.Code, o => o.Name);
        return Page();
    }

    public string OrganisationName(string code) => _organisationNames.GetValueOrDefault(code, code);
}
