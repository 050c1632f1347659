using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Calendar;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Cases.Rules;
using Zhifa.Domain.Organisations;
using Zhifa.Domain.RandomInspection;
using Zhifa.Domain.Supervision;
using Zhifa.Domain.Time;
using Zhifa.Infrastructure.Calendar;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Publicity;

namespace Zhifa.Infrastructure.Supervision;

/// <summary>
/// Computes the supervision dashboard from the records, within the viewer's scope: the city office's
/// supervisors see their county offices, everyone else their own office. Nothing is cached or copied:
/// every figure is counted from the cases, reviews and draws as they are now.
/// </summary>
public sealed class SupervisionService(ZhifaDbContext db, CalendarRepository calendars, TimeProvider clock, CaseSettings settings)
{
    /// <summary>
    /// The dashboard lists this many deadlines, red first; the headline counts them all. A backlog of
    /// thousands is a fact to count, not a page to scroll: the case list's filters narrow it further.
    /// </summary>
    public const int WatchShown = 100;

    /// <summary>The offices a user may report on, city office first, then its counties in tree order.</summary>
    public async Task<IReadOnlyList<OfficeRef>> OfficesInScopeAsync(OrganisationScope scope, CancellationToken ct) =>
        OfficesIn(scope, OrganisationScope.OfficesById(await db.Organisations.AsNoTracking().ToListAsync(ct)));

    private static List<OfficeRef> OfficesIn(OrganisationScope scope, IReadOnlyDictionary<Guid, Organisation> offices) =>
        scope.VisibleOrganisationIds
            .Select(id => offices[id])
            .DistinctBy(o => o.Id)
            .OrderBy(o => o.Path, StringComparer.Ordinal)
            .Select(o => new OfficeRef(o.Id, o.Name))
            .ToList();

    public async Task<Dashboard> DashboardAsync(OrganisationScope scope, ReportingPeriod period, Guid? officeFilter, CancellationToken ct)
    {
        var today = AgencyTime.Today(clock);
        var calendar = await calendars.LoadAsync(ct);
        var tree = await db.Organisations.AsNoTracking().ToListAsync(ct);
        var offices = OrganisationScope.OfficesById(tree);
        var visible = scope.VisibleOrganisationIds
            .Where(id => officeFilter is null || offices[id].Id == officeFilter)
            .ToList();
        var officeList = OfficesIn(scope, offices);

        var open = await OpenCasesAsync(visible, ct);
        var activity = await ActivityAsync(visible, period, ct);
        var reviews = await db.CaseQualityReviews.AsNoTracking()
            .Where(r => visible.Contains(r.OrganisationId) && r.ReviewedOn >= period.Start && r.ReviewedOn <= period.End)
            .ToListAsync(ct);
        var matterNames = await db.Matters.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var draws = await DrawsAsync(visible, period, ct);
        var (start, end) = (period.Start, period.End);
        var legalReviews = await db.ReviewTasks.AsNoTracking()
            .Where(t => visible.Contains(t.OrganisationId))
            .Where(t => (t.SubmittedOn >= start && t.SubmittedOn <= end) || (t.ReviewedOn >= start && t.ReviewedOn <= end))
            .Select(t => new ReviewActivity(t.OrganisationId, t.SubmittedOn, t.ReviewedOn, t.Outcome, t.RulingPassed))
            .ToListAsync(ct);

        var coverage = await RecordingCoverageAsync(visible, period, ct);
        var publications = await PublicationTimelinessAsync(visible, period, ct);
        var devices = await DeviceUploadsAsync(visible, period, ct);

        var watch = Watch(open, offices, calendar, today);
        var penaltiesDecided = activity.Where(a => a.DecidedOn is { } d && period.Contains(d) && a.Outcome == DecisionOutcome.Penalty).ToList();
        var collected = activity.Where(a => a.PaidOn is { } p && period.Contains(p)).ToList();
        var latestReviews = reviews.GroupBy(r => r.CaseId).Select(g => g.MaxBy(r => r.CreatedAt)!).ToList();

        var headline = new Headline(
            open.Count,
            watch.Count(w => w.State == DeadlineState.Overdue),
            watch.Count(w => w.State == DeadlineState.DueSoon),
            activity.Count(a => period.Contains(a.RegisteredOn)),
            activity.Count(a => a.DecidedOn is { } d && period.Contains(d)),
            penaltiesDecided.Sum(a => a.FineAmount),
            collected.Sum(a => a.Paid + a.Surcharge),
            latestReviews.Count,
            latestReviews.Count == 0 ? null : Math.Round((decimal)latestReviews.Average(r => r.Total), 1));

        // The per-office tables list only the office picked, or every office in scope.
        var shown = officeList.Where(o => officeFilter is null || o.Id == officeFilter).ToList();
        var tables = new List<FigureTable>
        {
            DashboardTables.OpenByStage(open),
            DashboardTables.OpenByMatter(open, matterNames),
            DashboardTables.Offices(shown, offices, open, watch, activity, period, latestReviews),
            DashboardTables.Fines(penaltiesDecided, collected, period),
            DashboardTables.LegalReviews(shown, offices, legalReviews, period, calendar),
            DashboardTables.RecordingCoverage(shown, offices, coverage),
            DashboardTables.PublicationTimeliness(shown, offices, publications, calendar, today),
            DashboardTables.DeviceUploads(devices),
            DashboardTables.RandomInspections(draws),
            DashboardTables.Quality(latestReviews),
        };
        return new Dashboard(period, today, officeList, headline, tables, [.. watch.Take(WatchShown)], watch.Count);
    }

    /// <summary>
    /// The deadlines running on the open cases that are due soon or missed, red first and then by day.
    /// </summary>
    private List<WatchItem> Watch(
        IReadOnlyList<EnforcementCase> open,
        IReadOnlyDictionary<Guid, Organisation> offices,
        WorkingDayCalendar calendar,
        DateOnly today) =>
        [.. open
            .SelectMany(c => CaseDeadlines.Running(c, calendar, today, settings)
                .Where(d => d.State is DeadlineState.DueSoon or DeadlineState.Overdue)
                .Select(d => new WatchItem(c.Id, c.Number, c.Title, offices[c.OrganisationId].Name, d.Code, d.Due.Day, d.State, d.Source)))
            .OrderByDescending(w => w.State == DeadlineState.Overdue)
            .ThenBy(w => w.DueOn)
            .ThenBy(w => w.CaseNumber, StringComparer.Ordinal)];

    /// <summary>
    /// The open cases with the facts their deadlines are counted from. The projection leaves out the
    /// officers, a second table the figures never read: with tens of thousands of open cases, joining it is
    /// most of the work.
    /// </summary>
    private async Task<List<EnforcementCase>> OpenCasesAsync(List<Guid> visible, CancellationToken ct) =>
        await db.Cases.AsNoTracking()
            .Where(c => visible.Contains(c.OrganisationId) && c.Stage != CaseStage.Closed && c.Stage != CaseStage.Archived)
            .Select(c => new EnforcementCase
            {
                Id = c.Id,
                OrganisationId = c.OrganisationId,
                Number = c.Number,
                Title = c.Title,
                Procedure = c.Procedure,
                Stage = c.Stage,
                MatterId = c.MatterId,
                RegisteredOn = c.RegisteredOn,
                FiledOn = c.FiledOn,
                Party = c.Party,
                Proposal = c.Proposal,
                Review = c.Review,
                Notice = c.Notice,
                Hearing = c.Hearing,
                Decision = c.Decision,
                Execution = c.Execution,
                Inspection = c.Inspection,
            })
            .ToListAsync(ct);

    private async Task<List<CaseActivity>> ActivityAsync(List<Guid> visible, ReportingPeriod period, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        return await db.Cases.AsNoTracking()
            .Where(c => visible.Contains(c.OrganisationId))
            .Where(c => (c.RegisteredOn >= start && c.RegisteredOn <= end)
                || (c.Decision.DecidedOn >= start && c.Decision.DecidedOn <= end)
                || (c.Execution.PaidOn >= start && c.Execution.PaidOn <= end)
                || (c.Execution.ClosedOn >= start && c.Execution.ClosedOn <= end))
            .Select(c => new CaseActivity(
                c.OrganisationId,
                c.RegisteredOn,
                c.Decision.DecidedOn,
                c.Proposal.Outcome,
                c.Proposal.FineAmount,
                c.Execution.PaidOn,
                c.Execution.PaidAmount,
                c.Execution.SurchargeAmount,
                c.Execution.ClosedOn))
            .ToListAsync(ct);
    }

    /// <summary>
    /// The period's steps that the recording matters list marks, each with whether an audio or video
    /// recording is attached to it (an evidence item of the case with the step's code).
    /// </summary>
    private async Task<List<RecordedStep>> RecordingCoverageAsync(List<Guid> visible, ReportingPeriod period, CancellationToken ct)
    {
        var stages = await db.RecordingMatters.AsNoTracking().Select(m => m.Stage).Distinct().ToListAsync(ct);
        var actions = stages.SelectMany(RecordingRules.ActionsOf).Select(CaseActions.Code).Distinct().ToList();
        var (start, end) = (period.Start, period.End);
        var steps = await db.CaseSteps.AsNoTracking()
            .Where(s => actions.Contains(s.Action) && s.EffectiveOn >= start && s.EffectiveOn <= end)
            .Join(db.Cases.Where(c => visible.Contains(c.OrganisationId)), s => s.CaseId, c => c.Id, (s, c) => new { s.CaseId, s.Action, c.OrganisationId })
            .ToListAsync(ct);
        var caseIds = steps.Select(s => s.CaseId).Distinct().ToList();
        var recorded = (await db.EvidenceItems.AsNoTracking()
                .Where(e => caseIds.Contains(e.CaseId) && e.StepCode != null)
                .Select(e => new { e.CaseId, e.StepCode, e.ContentType })
                .ToListAsync(ct))
            .Where(e => e.ContentType.StartsWith("video/", StringComparison.Ordinal) || e.ContentType.StartsWith("audio/", StringComparison.Ordinal))
            .Select(e => (e.CaseId, e.StepCode!))
            .ToHashSet();
        return [.. steps.Select(s => new RecordedStep(s.OrganisationId, recorded.Contains((s.CaseId, s.Action))))];
    }

    /// <summary>
    /// The penalty decisions of the period with the day each was first published, if it was. A corrected version
    /// published later keeps the first day; a decision made anew counts from its own first publication, found by
    /// its decision day.
    /// </summary>
    private async Task<List<DecisionPublication>> PublicationTimelinessAsync(List<Guid> visible, ReportingPeriod period, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var decided = await db.Cases.AsNoTracking()
            .Where(c => visible.Contains(c.OrganisationId) && c.Decision.DecidedOn >= start && c.Decision.DecidedOn <= end)
            .Where(c => c.Procedure == ProcedureKind.GeneralPenalty || c.Procedure == ProcedureKind.SimplePenalty)
            .Where(c => c.Proposal.Outcome == DecisionOutcome.Penalty)
            .Select(c => new { c.Id, c.OrganisationId, DecidedOn = c.Decision.DecidedOn!.Value })
            .ToListAsync(ct);
        var ids = decided.Select(d => d.Id).ToList();
        var versions = await db.PublicationVersions.AsNoTracking()
            .Where(v => ids.Contains(v.CaseId) && v.Action == PublicationService.PublishedAction)
            .Select(v => new { v.CaseId, v.DecidedOn, v.At })
            .ToListAsync(ct);
        var published = versions
            .GroupBy(v => (v.CaseId, v.DecidedOn))
            .ToDictionary(g => g.Key, g => AgencyTime.LocalDate(g.Min(v => v.At)));
        return [.. decided.Select(d => new DecisionPublication(
            d.OrganisationId, d.DecidedOn, published.TryGetValue((d.Id, d.DecidedOn), out var day) ? day : null))];
    }

    /// <summary>The devices whose recordings were uploaded in the period, with how many came in late.</summary>
    private async Task<List<DeviceUploads>> DeviceUploadsAsync(List<Guid> visible, ReportingPeriod period, CancellationToken ct)
    {
        var from = new DateTimeOffset(period.Start.ToDateTime(TimeOnly.MinValue), AgencyTime.Offset);
        var until = new DateTimeOffset(period.End.AddDays(1).ToDateTime(TimeOnly.MinValue), AgencyTime.Offset);
        var uploads = await db.EvidenceItems.AsNoTracking()
            .Where(e => visible.Contains(e.OrganisationId) && e.DeviceId != null && e.UploadedAt >= from && e.UploadedAt < until)
            .Select(e => new { DeviceId = e.DeviceId!.Value, e.UploadedLate })
            .ToListAsync(ct);
        var ids = uploads.Select(u => u.DeviceId).Distinct().ToList();
        var names = await db.RecordingDevices.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => $"{d.Code} {d.Model}", ct);
        return [.. uploads.GroupBy(u => u.DeviceId)
            .Select(g => new DeviceUploads(names.GetValueOrDefault(g.Key, g.Key.ToString()), g.Count(), g.Count(u => u.UploadedLate)))];
    }

    /// <summary>The plans whose period overlaps the reporting period, with how far their tasks have got.</summary>
    private async Task<List<PlanProgress>> DrawsAsync(List<Guid> visible, ReportingPeriod period, CancellationToken ct)
    {
        var plans = await db.InspectionPlans.AsNoTracking()
            .Where(p => visible.Contains(p.OrganisationId) && p.PeriodStart <= period.End && p.PeriodEnd >= period.Start)
            .Select(p => new { p.Id, p.Name, p.Status })
            .ToListAsync(ct);
        var planIds = plans.Select(p => p.Id).ToList();
        var tasks = await db.DrawnInspections.AsNoTracking()
            .Where(t => planIds.Contains(t.PlanId))
            .Select(t => new { t.PlanId, t.CaseId })
            .ToListAsync(ct);
        var caseIds = tasks.Where(t => t.CaseId is not null).Select(t => t.CaseId!.Value).ToList();
        var stages = await db.Cases.AsNoTracking()
            .Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Stage })
            .ToDictionaryAsync(c => c.Id, c => c.Stage, ct);
        return [.. plans.Select(p =>
        {
            var own = tasks.Where(t => t.PlanId == p.Id).ToList();
            var done = own.Count(t => t.CaseId is { } id && stages.TryGetValue(id, out var stage) && InspectionDone(stage));
            var started = own.Count(t => t.CaseId is not null);
            return new PlanProgress(p.Name, p.Status == PlanStatus.Drawn, own.Count, started - done, done);
        })];
    }

    /// <summary>An inspection is done once its result is recorded.</summary>
    private static bool InspectionDone(CaseStage stage) =>
        stage is CaseStage.ResultRecorded or CaseStage.RectificationOrdered or CaseStage.Reinspected or CaseStage.Closed or CaseStage.Archived;
}

/// <summary>The dates and outcome of one legal review, for the period's review figures.</summary>
internal sealed record ReviewActivity(Guid OrganisationId, DateOnly SubmittedOn, DateOnly? ReviewedOn, ReviewOutcome? Outcome, bool? RulingPassed)
{
    public bool Passed => Outcome is ReviewOutcome.Pass or ReviewOutcome.PassWithChanges || RulingPassed == true;
}

/// <summary>A step that needs a recording, and whether it has one.</summary>
internal sealed record RecordedStep(Guid OrganisationId, bool HasRecording);

/// <summary>A penalty decision and the day it was first published, null while unpublished.</summary>
internal sealed record DecisionPublication(Guid OrganisationId, DateOnly DecidedOn, DateOnly? PublishedOn);

/// <summary>A device's uploads in the period and how many of them were late.</summary>
internal sealed record DeviceUploads(string Device, int Uploads, int Late);

/// <summary>How far one inspection plan has got.</summary>
internal sealed record PlanProgress(string Name, bool Drawn, int Tasks, int InProgress, int Done);
