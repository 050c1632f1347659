using Microsoft.EntityFrameworkCore;
using Zhifa.Documents;
using Zhifa.Documents.Templates;
using Zhifa.Domain.Access;
using Zhifa.Domain.Calendar;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.LegalReview;
using Zhifa.Domain.Organisations;
using Zhifa.Domain.Time;
using Zhifa.Infrastructure.Calendar;
using Zhifa.Infrastructure.Cases;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.LegalReview;

/// <summary>
/// Reads legal review tasks for the reviewers' queue, a review page, the opinion form and the figures, and
/// takes the review steps of a task through <see cref="CaseService.ActAsync"/>, so every rule and the
/// full-process record apply as on the case. Tasks outside the user's offices are not found.
/// </summary>
public sealed class LegalReviewService(
    ZhifaDbContext db, CaseService cases, CalendarRepository calendar, TimeProvider clock, CaseSettings settings)
{
    public async Task<IReadOnlyList<ReviewQueueItem>> QueueAsync(OrganisationScope scope, bool openOnly, CancellationToken ct)
    {
        var visible = scope.VisibleOrganisationIds.ToList();
        var query = db.ReviewTasks.AsNoTracking().Where(t => visible.Contains(t.OrganisationId));
        if (openOnly)
        {
            query = query.Where(t => t.State == ReviewTaskState.Submitted || t.State == ReviewTaskState.Assigned);
        }

        var tasks = await query.OrderByDescending(t => t.UpdatedAt).Take(500).ToListAsync(ct);
        var days = await calendar.LoadAsync(ct);
        var today = AgencyTime.Today(clock);
        return
        [
            .. tasks
                .OrderBy(t => t.State is ReviewTaskState.Submitted or ReviewTaskState.Assigned ? 0 : 1)
                .ThenBy(t => t.DueOn)
                .Select(t => new ReviewQueueItem(t, State(t, days, today))),
        ];
    }

    public async Task<ReviewTask?> FindAsync(Guid id, OrganisationScope scope, CancellationToken ct)
    {
        var task = await db.ReviewTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        return task is not null && scope.CanSee(task.OrganisationId) ? task : null;
    }

    public async Task<IReadOnlyList<ReviewTask>> OfCaseAsync(Guid caseId, CancellationToken ct) =>
        await db.ReviewTasks.AsNoTracking().Where(t => t.CaseId == caseId).OrderBy(t => t.SubmittedStep).ToListAsync(ct);

    /// <summary>The deadline state of an open task today; null once the opinion is recorded.</summary>
    public async Task<DeadlineState?> StateAsync(ReviewTask task, CancellationToken ct) =>
        State(task, await calendar.LoadAsync(ct), AgencyTime.Today(clock));

    /// <summary>
    /// The legal reviewers who may be assigned a case of <paramref name="caseOrganisationId"/>; the rules on
    /// independence are checked when the assignment is made.
    /// </summary>
    public async Task<IReadOnlyList<CaseActor>> ReviewersAsync(Guid caseOrganisationId, CancellationToken ct)
    {
        var organisations = await cases.EligibleOrganisationsAsync(caseOrganisationId, ct);
        var ids = await (
            from user in db.Users
            join link in db.UserRoles on user.Id equals link.UserId
            join role in db.Roles on link.RoleId equals role.Id
            where role.Name == Roles.LegalReviewer && organisations.Contains(user.OrganisationId)
            select user.Id).ToListAsync(ct);
        var reviewers = new List<CaseActor>();
        foreach (var id in ids.Distinct())
        {
            if (await cases.StaffAsync(id, caseOrganisationId, ct) is { } reviewer)
            {
                reviewers.Add(reviewer);
            }
        }

        return reviewers;
    }

    /// <summary>
    /// Takes a review step (assign, extend, record) on the task's case. The task must be the case's latest,
    /// so a page opened on an older review cannot change the current one.
    /// </summary>
    public async Task<Result<CaseStep>> ActAsync(
        Guid taskId, CaseAction action, CaseActionRequest request, CaseActor actor, OrganisationScope scope, CancellationToken ct)
    {
        var task = await FindAsync(taskId, scope, ct);
        if (task is null)
        {
            return NotFound(taskId);
        }

        var latest = await db.ReviewTasks.AsNoTracking().Where(t => t.CaseId == task.CaseId)
            .OrderByDescending(t => t.SubmittedStep).Select(t => t.Id).FirstAsync(ct);
        if (latest != task.Id)
        {
            return Error.Conflict("legal_review.superseded", "A newer review of this case exists; open the current one.");
        }

        return await cases.ActAsync(task.CaseId, action, request, actor, scope, ct);
    }

    /// <summary>The review opinion form as DOCX or PDF.</summary>
    public async Task<Result<byte[]>> OpinionFormAsync(Guid taskId, string format, OrganisationScope scope, CancellationToken ct)
    {
        if (format is not ("docx" or "pdf"))
        {
            return Error.Invalid("legal_review.format_unknown", $"'{format}' is not a format; use docx or pdf.");
        }

        var task = await FindAsync(taskId, scope, ct);
        var c = task is null ? null : await cases.FindAsync(task.CaseId, scope, ct);
        if (task is null || c is null)
        {
            return NotFound(taskId);
        }

        var office = await cases.OfficeOfAsync(c.OrganisationId, ct);
        var document = ReviewOpinionTemplate.Build(task, c, office.Name, AgencyTime.Today(clock));
        using var output = new MemoryStream();
        if (format == "docx")
        {
            DocumentRenderer.ToDocx(document, output);
        }
        else
        {
            DocumentRenderer.ToPdf(document, output);
        }

        return output.ToArray();
    }

    /// <summary>
    /// Reviews by organisation and month of submission: how many, how many passed (pass or pass with
    /// changes, or a ruling that let the decision proceed), and the working days from submission to opinion.
    /// </summary>
    public async Task<IReadOnlyList<ReviewFigures>> FiguresAsync(OrganisationScope scope, CancellationToken ct)
    {
        var visible = scope.VisibleOrganisationIds.ToList();
        var tasks = await db.ReviewTasks.AsNoTracking().Where(t => visible.Contains(t.OrganisationId)).ToListAsync(ct);
        var names = await db.Organisations.AsNoTracking().Where(o => visible.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var days = await calendar.LoadAsync(ct);
        return
        [
            .. tasks
                .GroupBy(t => (t.OrganisationId, Month: $"{t.SubmittedOn.Year:D4}-{t.SubmittedOn.Month:D2}"))
                .OrderBy(g => g.Key.Month).ThenBy(g => names.GetValueOrDefault(g.Key.OrganisationId))
                .Select(g =>
                {
                    var reviewed = g.Where(t => t.ReviewedOn is not null).ToList();
                    var passed = reviewed.Count(t => t.Outcome is ReviewOutcome.Pass or ReviewOutcome.PassWithChanges || t.RulingPassed == true);
                    var taken = reviewed.Select(t => days.WorkingDaysBetween(t.SubmittedOn, t.ReviewedOn!.Value).Days).ToList();
                    return new ReviewFigures(
                        g.Key.OrganisationId,
                        names.GetValueOrDefault(g.Key.OrganisationId) ?? "",
                        g.Key.Month,
                        g.Count(),
                        reviewed.Count,
                        passed,
                        reviewed.Count == 0 ? null : Math.Round((decimal)passed / reviewed.Count, 4),
                        taken.Count == 0 ? null : Math.Round((decimal)taken.Average(), 2),
                        taken.Count == 0 ? null : taken.Max());
                }),
        ];
    }

    private DeadlineState? State(ReviewTask task, WorkingDayCalendar days, DateOnly today) =>
        task.DueOn is { } due && task.State is ReviewTaskState.Submitted or ReviewTaskState.Assigned
            ? days.StateOf(due, today, settings.DueSoonWorkingDays)
            : null;

    private static Error NotFound(Guid id) => Error.NotFound("legal_review.not_found", $"No legal review {id} was found in your offices.");
}

/// <summary>A task in the reviewers' queue with its deadline state today (null once the opinion is recorded).</summary>
public sealed record ReviewQueueItem(ReviewTask Task, DeadlineState? State);

/// <summary>The review figures of one organisation in one month; rates and averages are null without reviews.</summary>
public sealed record ReviewFigures(
    Guid OrganisationId,
    string Organisation,
    string Month,
    int Submitted,
    int Reviewed,
    int Passed,
    decimal? PassRate,
    decimal? AverageWorkingDays,
    int? MaxWorkingDays);
