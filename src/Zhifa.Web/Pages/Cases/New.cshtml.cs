using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
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
public sealed class NewModel(
    CaseService cases, CurrentActor current, CaseActors actors, ZhifaDbContext db, Texts texts, FormSubmissions submissions)
    : PageModel
{
    [BindProperty]
    public NewCaseRequest Form { get; set; } = new();

    /// <summary>The id of this showing of the form, so a second post of it opens the case the first one registered.</summary>
    [BindProperty]
    public Guid SubmissionId { get; set; }

    public IReadOnlyList<EnforcementMatter> Matters { get; private set; } = [];

    public IReadOnlyList<Officer> Officers { get; private set; } = [];

    public IReadOnlyList<string> Messages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        SubmissionId = Guid.NewGuid();
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A value the form could not bind (a mistyped date, an unknown choice) must not be dropped and
        // replaced by a default such as today: the case is not registered and the field is named.
        var unbound = ModelState
            .Where(e => e.Value?.ValidationState == ModelValidationState.Invalid && e.Key.StartsWith("Form.", StringComparison.Ordinal))
            .Select(e => FieldName(e.Key))
            .Distinct()
            .ToList();
        if (unbound.Count > 0)
        {
            Messages = [.. unbound.Select(field => texts["case.field." + field] + "："
                + texts[field.EndsWith("On", StringComparison.Ordinal) || field.EndsWith("Date", StringComparison.Ordinal) ? "error.list.invalid_date" : "error.case.form_value_invalid"])];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(ct);
            return Page();
        }

        var scope = (await current.GetAsync(ct)).Scope;
        var actor = await actors.GetAsync(ct);
        var submission = SubmissionId == Guid.Empty ? Guid.NewGuid() : SubmissionId;
        var result = await submissions.RunOnceAsync(
            actor.UserId,
            submission,
            () => cases.RegisterAsync(Form, actors.OrganisationId, actor, scope, ct),
            r => r.IsSuccess);
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

    /// <summary>"Form.RegisteredOn" or "Form.OfficerIds[0]" to the field name the texts use: registeredOn, officerIds.</summary>
    private static string FieldName(string key)
    {
        var name = key["Form.".Length..];
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        name = bracket < 0 ? name : name[..bracket];
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
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
