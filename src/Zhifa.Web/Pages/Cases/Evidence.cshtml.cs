using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Evidence;
using Zhifa.Infrastructure.Cases;
using Zhifa.Infrastructure.Evidence;
using Zhifa.Web.Access;

namespace Zhifa.Web.Pages.Cases;

/// <summary>
/// The evidence of a case: the files with their metadata and warnings, and the upload form for officers,
/// which sends files over tus so an interrupted upload resumes. Another office's case returns 404.
/// </summary>
public sealed class EvidenceModel(
    CaseService cases, EvidenceService evidence, DeviceService devices, CurrentActor current, EvidenceSettings settings) : PageModel
{
    /// <summary>The configured upload limit that a late recording missed, for the warning's text.</summary>
    public double UploadLimitHours => settings.UploadLimitHours;

    /// <summary>The steps a recording may belong to: those the recording matters list can name.</summary>
    public static readonly CaseAction[] RecordedSteps =
        [CaseAction.Inspect, CaseAction.Reinspect, CaseAction.HoldHearing, CaseAction.Deliver, CaseAction.RecordExecution];

    public EnforcementCase Case { get; private set; } = null!;

    public IReadOnlyList<EvidenceItem> Items { get; private set; } = [];

    public IReadOnlyList<RecordingDevice> Devices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var scope = (await current.GetAsync(ct)).Scope;
        var c = await cases.FindAsync(id, scope, ct);
        if (c is null)
        {
            return NotFound();
        }

        Case = c;
        Items = await evidence.ListAsync(id, scope, ct) ?? [];
        Devices = (await devices.ListAsync(scope, ct)).Where(d => d.Status != DeviceStatus.Retired).ToList();
        return Page();
    }
}
