using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Publicity;
using Zhifa.Infrastructure.Publicity;
using Zhifa.Web.Access;
using Zhifa.Web.Publicity;

namespace Zhifa.Web.Pages.Publicity;

/// <summary>
/// The publicity work of the user's offices (公示管理): decided cases and recorded inspection results awaiting
/// publication by their deadline, the published items and the withdrawn ones. Department heads and agency
/// leaders publish and withdraw; officers and supervisors of the office read the same page.
/// </summary>
public sealed class IndexModel(PublicityBoard board, CurrentActor current) : PageModel
{
    public PublicityOverview Overview { get; private set; } = null!;

    public bool MayApprove { get; private set; }

    /// <summary>The roles that see the publicity pages; heads and leaders also act on them.</summary>
    public static bool SeesPublicity(IEnumerable<string> roles) => PublicityAccess.Sees(roles);

    public static bool Approves(IEnumerable<string> roles) => PublicityAccess.Approves(roles);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (!SeesPublicity(actor.Roles))
        {
            return Forbid();
        }

        MayApprove = Approves(actor.Roles);
        Overview = await board.OverviewAsync(actor.Scope, ct);
        return Page();
    }

    public static int WorkingDays(PublicationKind kind) => PublicationPeriods.WorkingDaysFor(kind);
}
