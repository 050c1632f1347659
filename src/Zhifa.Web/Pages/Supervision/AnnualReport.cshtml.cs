using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Access;
using Zhifa.Domain.Calendar;
using Zhifa.Domain.Common;
using Zhifa.Domain.Supervision;
using Zhifa.Domain.Time;
using Zhifa.Infrastructure.Calendar;
using Zhifa.Infrastructure.Supervision;
using Zhifa.Web.Access;

namespace Zhifa.Web.Pages.Supervision;

/// <summary>
/// Page model for an office's annual statistics: the figures as computed now, the files, publication and its
/// deadline. A city supervisor may read a county's report, but each office publishes only its own.
/// </summary>
public sealed class AnnualReportModel(
    AnnualReportService service, SupervisionService supervision, CurrentActor current, CalendarRepository calendars, TimeProvider clock) : PageModel
{
    public AnnualReportDraft? Draft { get; private set; }

    public AnnualReport? Published { get; private set; }

    public DeadlineState? DeadlineState { get; private set; }

    public bool MayPublish { get; private set; }

    public IReadOnlyList<Error> Errors { get; private set; } = [];

    public int Year { get; private set; }

    /// <summary>The office shown: the user's own, unless they picked another one in their scope.</summary>
    public Guid OfficeId { get; private set; }

    public IReadOnlyList<OfficeRef> Offices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, Guid? office, CancellationToken ct) =>
        await LoadAsync(year, office, ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(int year, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        var result = await service.PublishAsync(actor.Scope.HomeOfficeId, year, actor, ct);
        if (result.IsSuccess)
        {
            return Redirect($"/supervision/annual-report?year={year}");
        }

        Errors = result.Errors;
        return await LoadAsync(year, null, ct) ? Page() : Forbid();
    }

    private async Task<bool> LoadAsync(int? year, Guid? office, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (!Roles.SeesSupervision(actor.Roles) && !Roles.MaintainsLists(actor.Roles))
        {
            return false;
        }

        var today = AgencyTime.Today(clock);
        Year = year is >= 2000 and <= 2100 ? year.Value : today.Year - 1;
        Offices = await supervision.OfficesInScopeAsync(actor.Scope, ct);
        OfficeId = office is { } picked && Offices.Any(o => o.Id == picked) ? picked : actor.Scope.HomeOfficeId;
        MayPublish = OfficeId == actor.Scope.HomeOfficeId
            && (actor.Roles.Contains(Roles.LegalAdministrator) || actor.Roles.Contains(Roles.AgencyLeader));
        var drafted = await service.DraftAsync(OfficeId, Year, actor.Scope, ct);
        Draft = drafted.IsSuccess ? drafted.Value : null;
        Published = (await service.PublishedAsync([OfficeId], ct)).FirstOrDefault(r => r.Year == Year);
        DeadlineState = AnnualReportDeadline.StateOn(Year, today, Published is not null, await calendars.LoadAsync(ct), 3);
        return true;
    }
}
