using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Lists;
using Zhifa.Infrastructure.Lists;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Access;
using Zhifa.Web.Record;

namespace Zhifa.Web.Pages.Admin.Record;

/// <summary>
/// The full-process record of one list entry as a timeline with proof status. Only users who may see
/// the entry may see its timeline; another office's entry answers 404.
/// </summary>
public sealed class TimelineModel(ListRepositories repositories, CurrentActor current, RecordTimeline timeline, ZhifaDbContext db)
    : PageModel
{
    private Dictionary<string, string> _names = [];

    public string Slug { get; private set; } = "";

    public Guid Id { get; private set; }

    public IReadOnlyList<TimelineEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, Guid id, CancellationToken ct)
    {
        if (ListCatalog.FindBySlug(slug) is not { } definition
            || await repositories.For(definition.Kind).FindAsync(await current.GetAsync(ct), id, ct) is null)
        {
            return NotFound();
        }

        Slug = definition.Slug;
        Id = id;
        Entries = await timeline.ForSubjectAsync($"{definition.Slug}/{id}", ct);
        var actorIds = Entries.Select(e => Guid.TryParse(e.Entry?.Actor, out var user) ? user : Guid.Empty).ToList();
        _names = await db.Users.AsNoTracking()
            .Where(u => actorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id.ToString(), u => u.DisplayName, ct);
        return Page();
    }

    public string ActorName(string actor) => _names.GetValueOrDefault(actor, actor);
}
