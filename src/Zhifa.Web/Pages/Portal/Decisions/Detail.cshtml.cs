using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Infrastructure.Publicity;

namespace Zhifa.Web.Pages.Portal.Decisions;

/// <summary>One published item; once withdrawn only its document number and the published reason remain.</summary>
public sealed class DetailModel(PublicationQueries queries) : PageModel
{
    public PublicationRow Item { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await queries.FindAsync(id, ct) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        return Page();
    }
}
