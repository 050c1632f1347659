using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Access;
using Zhifa.Domain.Supervision;
using Zhifa.Domain.Time;
using Zhifa.Infrastructure.Supervision;
using Zhifa.Web.Access;

namespace Zhifa.Web.Pages.Supervision;

/// <summary>The supervision dashboard: the period's figures of the user's offices, charts with their tables, deadlines to act on.</summary>
public sealed class IndexModel(SupervisionService service, CurrentActor current, TimeProvider clock) : PageModel
{
    public Dashboard? Dashboard { get; private set; }

    /// <summary>The period text the user typed when it could not be read; the page then lists the accepted formats.</summary>
    public string? BadPeriod { get; private set; }

    public Guid? Office { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? period, Guid? office, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (!Roles.SeesSupervision(actor.Roles))
        {
            return Forbid();
        }

        var today = AgencyTime.Today(clock);
        var chosen = string.IsNullOrWhiteSpace(period) ? ReportingPeriod.MonthOf(today) : ReportingPeriod.Parse(period);
        if (chosen is null)
        {
            BadPeriod = period;
            chosen = ReportingPeriod.MonthOf(today);
        }

        Office = office is { } id && actor.Scope.CanSee(id) ? id : null;
        Dashboard = await service.DashboardAsync(actor.Scope, chosen, Office, ct);
        return Page();
    }

    /// <summary>The periods offered in the picker: this month, the last eleven, this quarter and the last one, this year and last.</summary>
    public IEnumerable<ReportingPeriod> Choices()
    {
        var today = AgencyTime.Today(clock);
        var month = ReportingPeriod.MonthOf(today);
        for (var i = 0; i < 12; i++, month = month.Previous())
        {
            yield return month;
        }

        var quarter = ReportingPeriod.Quarter(today.Year, ((today.Month - 1) / 3) + 1);
        yield return quarter;
        yield return quarter.Previous();
        yield return ReportingPeriod.Year(today.Year);
        yield return ReportingPeriod.Year(today.Year - 1);
    }
}
