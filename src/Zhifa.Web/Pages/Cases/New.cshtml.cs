using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Lists;
using Zhifa.Infrastructure.Cases;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Access;
using Zhifa.Web.Cases;
using Zhifa.Web.Localization;

namespace Zhifa.Web.Pages.Cases;

/// <summary>Registers a case source (案源登记) or an inspection plan in the user's own organisation.</summary>
public sealed class NewModel(CaseService cases, CurrentActor current, CaseActors actors, ZhifaDbContext db, Texts texts)
    : PageModel
{
    [BindProperty]
    public NewCaseRequest Form { get; set; } = new();

    public IReadOnlyList<EnforcementMatter> Matters { get; private set; } = [];

    public IReadOnlyList<Officer> Officers { get; private set; } = [];

    public IReadOnlyList<string> Messages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = (await current.GetAsync(ct)).Scope;
        var result = await cases.RegisterAsync(Form, actors.OrganisationId, await actors.GetAsync(ct), scope, ct);
        if (result.IsSuccess)
        {
            return Redirect($"/cases/{result.Value.Id}?done=registered");
        }

        Messages = [.. result.Errors.Select(e =>
            (e.Arguments.TryGetValue("field", out var field) ? texts["case.field." + field] + "：" : "")
            + (texts.ForCode(e.Code) ?? e.Message))];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var organisations = await cases.EligibleOrganisationsAsync(actors.OrganisationId, ct);
        Matters = await db.Matters.AsNoTracking()
            .Where(m => organisations.Contains(m.OrganisationId))
            .OrderBy(m => m.Code)
            .ToListAsync(ct);
        Officers = await db.Officers.AsNoTracking()
            .Where(o => organisations.Contains(o.OrganisationId) && o.Status == OfficerStatus.Active)
            .OrderBy(o => o.CertificateNumber)
            .ToListAsync(ct);
    }
}
