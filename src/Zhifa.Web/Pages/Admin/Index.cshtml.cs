using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Organisations;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Access;

namespace Zhifa.Web.Pages.Admin;

/// <summary>The back office's start page: whose data the user sees and where to go.</summary>
public sealed class IndexModel(CurrentActor current, ZhifaDbContext db) : PageModel
{
    public string HomeOffice { get; private set; } = "";

    public int VisibleOfficeCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        var visible = actor.Scope.VisibleOrganisationIds.ToList();
        var offices = await db.Organisations.AsNoTracking()
            .Where(o => visible.Contains(o.Id) && o.Kind == OrganisationKind.Office)
            .ToListAsync(ct);
        var home = offices.FirstOrDefault(o => o.Id == actor.Scope.HomeOfficeId);
        HomeOffice = (Zhifa.Web.Localization.Texts.IsEnglish ? home?.NameEn ?? home?.Name : home?.Name) ?? "";
        VisibleOfficeCount = offices.Count;
    }
}
