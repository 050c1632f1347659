using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Common;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Organisations;
using Zhifa.Infrastructure.Lists;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Access;

namespace Zhifa.Web.Pages.Admin.Lists;

/// <summary>
/// Create or edit one entry. The form posts the version it showed; a save over a newer version is
/// refused, so two editors never silently overwrite each other.
/// </summary>
public sealed class EditModel(ListRepositories repositories, CurrentActor current, ZhifaDbContext db) : PageModel
{
    public IListDefinition Definition { get; private set; } = PersonnelList.Definition;

    public bool IsNew { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyDictionary<string, string?> Values { get; private set; } = new Dictionary<string, string?>();

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public Error? Refusal { get; private set; }

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, Guid? id, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } failure)
        {
            return failure;
        }

        if (id is null)
        {
            IsNew = true;
            return Page();
        }

        var actor = await current.GetAsync(ct);
        var repository = repositories.For(Definition.Kind);
        var item = await repository.FindAsync(actor, id.Value, ct);
        if (item is null)
        {
            return NotFound();
        }

        Version = item.Version;
        Values = Definition.Snapshot(item, repository.ContextFor(actor)).ToDictionary(p => p.Key, p => (string?)p.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(
        string slug, Guid? id, int version, Dictionary<string, string?> values, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } failure)
        {
            return failure;
        }

        var actor = await current.GetAsync(ct);
        var repository = repositories.For(Definition.Kind);
        IsNew = id is null;
        Version = version;
        Values = values;
        var result = IsNew
            ? await repository.CreateAsync(actor, values, ct)
            : await repository.UpdateAsync(actor, id!.Value, version, values, ct);

        if (result.Item is not null)
        {
            return Redirect($"/admin/lists/{Definition.Slug}/history/{result.Item.Id}");
        }

        if (result.Error is { Kind: ErrorKind.NotFound })
        {
            return NotFound();
        }

        Errors = result.FieldErrors;
        Refusal = result.Error;
        Response.StatusCode = result.Error?.Kind == ErrorKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken ct)
    {
        if (ListCatalog.FindBySlug(slug) is not { } definition)
        {
            return NotFound();
        }

        var actor = await current.GetAsync(ct);
        if (!actor.MaintainsLists)
        {
            return Forbid();
        }

        Definition = definition;
        var visible = actor.Scope.VisibleOrganisationIds.ToList();
        Organisations = await db.Organisations.AsNoTracking().Where(o => visible.Contains(o.Id)).OrderBy(o => o.Path).ToListAsync(ct);
        return null;
    }
}
