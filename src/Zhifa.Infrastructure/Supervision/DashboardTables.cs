using Zhifa.Domain.Calendar;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Organisations;
using Zhifa.Domain.Supervision;

namespace Zhifa.Infrastructure.Supervision;

/// <summary>Builds the dashboard's tables from what <see cref="SupervisionService"/> read.</summary>
internal static class DashboardTables
{
    /// <summary>The matters with the most open cases get a row each; the rest share one.</summary>
    private const int MattersShown = 10;

    public static FigureTable OpenByStage(IReadOnlyList<EnforcementCase> open) => new(
        "open_by_stage",
        "supervision.table.open_by_stage",
        "supervision.column.stage",
        ["supervision.column.cases"],
        [.. open.GroupBy(c => c.Stage)
            .OrderBy(g => g.Key)
            .Select(g => new FigureRow($"case.stage.{g.Key}", true, [g.Count()], $"/cases?stage={g.Key}&open=true"))],
        ChartKind.Bars);

    public static FigureTable OpenByMatter(IReadOnlyList<EnforcementCase> open, IReadOnlyDictionary<Guid, string> matterNames)
    {
        var groups = open.GroupBy(c => c.MatterId)
            .Select(g => (Name: matterNames.GetValueOrDefault(g.Key, "?"), Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        var rows = groups.Take(MattersShown).Select(g => new FigureRow(g.Name, false, [g.Count])).ToList();
        if (groups.Count > MattersShown)
        {
            rows.Add(new FigureRow("supervision.other_matters", true, [groups.Skip(MattersShown).Sum(g => g.Count)]));
        }

        return new("open_by_matter", "supervision.table.open_by_matter", "supervision.column.matter", ["supervision.column.cases"], rows, ChartKind.Bars);
    }

    /// <summary>One row per office, for comparing them: the period's work, what is open now, money and quality.</summary>
    public static FigureTable Offices(
        IReadOnlyList<OfficeRef> officeList,
        IReadOnlyDictionary<Guid, Organisation> offices,
        IReadOnlyList<EnforcementCase> open,
        IReadOnlyList<WatchItem> watch,
        IReadOnlyList<CaseActivity> activity,
        ReportingPeriod period,
        IReadOnlyList<CaseQualityReview> reviews)
    {
        var openByCase = open.ToDictionary(c => c.Id, c => offices[c.OrganisationId].Id);
        var rows = officeList.Select(office =>
        {
            var own = activity.Where(a => offices[a.OrganisationId].Id == office.Id).ToList();
            var ownReviews = reviews.Where(r => offices[r.OrganisationId].Id == office.Id).ToList();
            return new FigureRow(office.Name, false,
            [
                own.Count(a => period.Contains(a.RegisteredOn)),
                own.Count(a => a.DecidedOn is { } d && period.Contains(d)),
                own.Count(a => a.ClosedOn is { } d && period.Contains(d)),
                open.Count(c => offices[c.OrganisationId].Id == office.Id),
                watch.Count(w => w.State == DeadlineState.Overdue && openByCase[w.CaseId] == office.Id),
                own.Where(a => a.DecidedOn is { } d && period.Contains(d) && a.Outcome == DecisionOutcome.Penalty).Sum(a => a.FineAmount),
                own.Where(a => a.PaidOn is { } p && period.Contains(p)).Sum(a => a.Paid + a.Surcharge),
                ownReviews.Count == 0 ? null : Math.Round((decimal)ownReviews.Average(r => r.Total), 1),
            ], $"/supervision?period={period.Code}&office={office.Id}");
        }).ToList();
        return new(
            "offices",
            "supervision.table.offices",
            "supervision.column.office",
            [
                "supervision.column.registered", "supervision.column.decided", "supervision.column.closed",
                "supervision.column.open", "supervision.column.overdue", "supervision.column.fines_imposed",
                "supervision.column.fines_collected", "supervision.column.quality_average",
            ],
            rows,
            ChartKind.GroupedBars)
        { ChartedColumns = 5 };
    }

    /// <summary>Fines imposed by the decisions of the period and money collected in it, month by month.</summary>
    public static FigureTable Fines(IReadOnlyList<CaseActivity> decided, IReadOnlyList<CaseActivity> collected, ReportingPeriod period)
    {
        var rows = new List<FigureRow>();
        for (var month = period.Start; month <= period.End; month = month.AddMonths(1))
        {
            var m = ReportingPeriod.Month(month.Year, month.Month);
            rows.Add(new FigureRow(m.Code, false,
            [
                decided.Where(a => m.Contains(a.DecidedOn!.Value)).Sum(a => a.FineAmount),
                collected.Where(a => m.Contains(a.PaidOn!.Value)).Sum(a => a.Paid + a.Surcharge),
            ]));
        }

        return new("fines", "supervision.table.fines", "supervision.column.month",
            ["supervision.column.fines_imposed", "supervision.column.fines_collected"], rows, ChartKind.GroupedBars);
    }

    /// <summary>
    /// Legal reviews per office: submitted and reviewed in the period, passed (a leader's ruling in favour
    /// counts), the pass rate in percent and the average working days from submission to opinion.
    /// </summary>
    public static FigureTable LegalReviews(
        IReadOnlyList<OfficeRef> officeList,
        IReadOnlyDictionary<Guid, Organisation> offices,
        IReadOnlyList<ReviewActivity> reviews,
        ReportingPeriod period,
        WorkingDayCalendar calendar) => new(
        "legal_reviews",
        "supervision.table.legal_reviews",
        "supervision.column.office",
        ["supervision.column.submitted", "supervision.column.reviewed", "supervision.column.passed", "supervision.column.pass_rate", "supervision.column.review_days"],
        [.. officeList.Select(office =>
        {
            var own = reviews.Where(r => offices[r.OrganisationId].Id == office.Id).ToList();
            var reviewed = own.Where(r => r.ReviewedOn is { } d && period.Contains(d)).ToList();
            var passed = reviewed.Count(r => r.Passed);
            var days = reviewed.Select(r => calendar.WorkingDaysBetween(r.SubmittedOn, r.ReviewedOn!.Value).Days).ToList();
            return new FigureRow(office.Name, false,
            [
                own.Count(r => period.Contains(r.SubmittedOn)),
                reviewed.Count,
                passed,
                reviewed.Count == 0 ? null : Math.Round(100m * passed / reviewed.Count, 1),
                days.Count == 0 ? null : Math.Round((decimal)days.Average(), 1),
            ]);
        })],
        ChartKind.GroupedBars)
        { ChartedColumns = 3 };

    /// <summary>Audio/video coverage per office: steps the recording list marks, those with a recording, percent.</summary>
    public static FigureTable RecordingCoverage(
        IReadOnlyList<OfficeRef> officeList,
        IReadOnlyDictionary<Guid, Organisation> offices,
        IReadOnlyList<RecordedStep> steps) => new(
        "recording_coverage",
        "supervision.table.recording_coverage",
        "supervision.column.office",
        ["supervision.column.steps_requiring", "supervision.column.steps_recorded", "supervision.column.coverage"],
        [.. officeList.Select(office =>
        {
            var own = steps.Where(s => offices[s.OrganisationId].Id == office.Id).ToList();
            var recorded = own.Count(s => s.HasRecording);
            return new FigureRow(office.Name, false, [own.Count, recorded, own.Count == 0 ? null : Math.Round(100m * recorded / own.Count, 1)]);
        })],
        ChartKind.GroupedBars)
        { ChartedColumns = 2 };

    /// <summary>
    /// Publication of the period's penalty decisions per office, against the 7-working-day limit: on time,
    /// late, not published and overdue, not published and still within the limit.
    /// </summary>
    public static FigureTable PublicationTimeliness(
        IReadOnlyList<OfficeRef> officeList,
        IReadOnlyDictionary<Guid, Organisation> offices,
        IReadOnlyList<DecisionPublication> decisions,
        WorkingDayCalendar calendar,
        DateOnly today) => new(
        "publication_timeliness",
        "supervision.table.publication_timeliness",
        "supervision.column.office",
        ["supervision.column.decisions", "supervision.column.on_time", "supervision.column.late", "supervision.column.unpublished_overdue", "supervision.column.unpublished_pending"],
        [.. officeList.Select(office =>
        {
            var own = decisions.Where(d => offices[d.OrganisationId].Id == office.Id)
                .Select(d => (d.PublishedOn, Due: Zhifa.Domain.Publicity.PublicationPeriods.PublishDue(Zhifa.Domain.Publicity.PublicationKind.PenaltyDecision, d.DecidedOn, calendar).Day))
                .ToList();
            return new FigureRow(office.Name, false,
            [
                own.Count,
                own.Count(d => d.PublishedOn is { } p && p <= d.Due),
                own.Count(d => d.PublishedOn is { } p && p > d.Due),
                own.Count(d => d.PublishedOn is null && today > d.Due),
                own.Count(d => d.PublishedOn is null && today <= d.Due),
            ]);
        })],
        ChartKind.GroupedBars)
        { ChartedColumns = 5 };

    /// <summary>The devices whose recordings came in late this period, most late first.</summary>
    public static FigureTable DeviceUploads(IReadOnlyList<DeviceUploads> devices) => new(
        "device_uploads",
        "supervision.table.device_uploads",
        "supervision.column.device",
        ["supervision.column.uploads", "supervision.column.late_uploads"],
        [.. devices.Where(d => d.Late > 0).OrderByDescending(d => d.Late).ThenBy(d => d.Device, StringComparer.Ordinal)
            .Select(d => new FigureRow(d.Device, false, [d.Uploads, d.Late]))],
        ChartKind.GroupedBars);

    public static FigureTable RandomInspections(IReadOnlyList<PlanProgress> plans) => new(
        "random_inspections",
        "supervision.table.random_inspections",
        "supervision.column.plan",
        ["supervision.column.drawn", "supervision.column.tasks", "supervision.column.in_progress", "supervision.column.done", "supervision.column.pending"],
        [.. plans.OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new FigureRow(p.Name, false, [p.Drawn ? 1 : 0, p.Tasks, p.InProgress, p.Done, p.Tasks - p.InProgress - p.Done]))],
        ChartKind.None);

    public static FigureTable Quality(IReadOnlyList<CaseQualityReview> reviews) => new(
        "quality",
        "supervision.table.quality",
        "supervision.column.grade",
        ["supervision.column.files"],
        [.. Enum.GetValues<QualityGrade>().Select(g => new FigureRow($"supervision.grade.{g}", true, [reviews.Count(r => r.Grade == g)]))],
        ChartKind.Bars);
}
