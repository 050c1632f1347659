using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zhifa.Domain.Calendar;
using Zhifa.Domain.Common;
using Zhifa.Infrastructure.Lists;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Calendar;

/// <summary>
/// Stores the published holiday notices and builds the <see cref="WorkingDayCalendar"/> from them. Nothing
/// is overwritten. Publishing a year again adds a new version with all its days, the earlier versions stay,
/// and each publication is an entry in the full-process record.
/// </summary>
public sealed class CalendarRepository(
    ZhifaDbContext db,
    RecordWriter record,
    TimeProvider clock,
    ILogger<CalendarRepository> logger)
{
    /// <summary>The record action of a publication; its subject is <c>calendar/{year}</c>.</summary>
    public const string YearPublishedAction = "calendar.year_published";

    /// <summary>Builds the calendar from the current version of every published year.</summary>
    public async Task<WorkingDayCalendar> LoadAsync(CancellationToken ct)
    {
        var current = await CurrentVersionsAsync(ct);
        return new WorkingDayCalendar(
            current.Select(y => y.Year),
            current.SelectMany(y => y.Days).Select(d => d.ToDomain()));
    }

    /// <summary>Returns the current version of a year's notice, or null when the year is not published.</summary>
    public async Task<PublishedYear?> FindYearAsync(int year, CancellationToken ct)
    {
        var versions = await VersionsAsync(year, ct);
        return versions.Count == 0 ? null : versions[^1];
    }

    /// <summary>Returns every version of a year's notice, oldest first; the last one is current.</summary>
    public async Task<IReadOnlyList<PublishedYear>> VersionsAsync(int year, CancellationToken ct)
    {
        var rows = await db.PublishedYears.AsNoTracking()
            .Include(y => y.Days)
            .Where(y => y.Year == year)
            .OrderBy(y => y.Version)
            .ToListAsync(ct);
        return [.. rows.Select(PublishedYear.From)];
    }

    /// <summary>
    /// Publishes a year's notice as the year's next version and records it. Rejected when the actor does not
    /// maintain the lists of the top-level office, or when another year's current notice already sets one of
    /// the dates. A notice identical to the current version changes nothing and records nothing.
    /// </summary>
    public async Task<Result<PublishedYear>> PublishYearAsync(HolidayNotice notice, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(actor);

        // The calendar counts every office's deadlines, so a county office may not change it.
        var isTopLevelMaintainer = actor.MaintainsLists && await db.Organisations
            .AnyAsync(o => o.Id == actor.Scope.HomeOfficeId && o.ParentId == null, ct);
        if (!isTopLevelMaintainer)
        {
            return CalendarErrors.NotMaintainer();
        }

        return await PublishAsync(notice, CalendarPublisher.From(actor), ct);
    }

    /// <summary>Publishes without the permission check, for the notices shipped with Zhifa.</summary>
    internal async Task<Result<PublishedYear>> PublishAsync(
        HolidayNotice notice,
        CalendarPublisher publisher,
        CancellationToken ct)
    {
        Result<PublishedYear>? outcome = null;
        var actions = new List<RecordAction>();

        // Staging runs inside the record's transaction, after its append lock, so two publications of the
        // same year read the versions one after the other and cannot both take the same number.
        await record.SaveAsync(
            async token => outcome = await StageAsync(notice, publisher, actions, token),
            () => actions,
            ct);

        if (actions.Count > 0)
        {
            CalendarLog.YearPublished(logger, notice.Year, outcome!.Value.Version);
        }

        return outcome!;
    }

    private async Task<Result<PublishedYear>> StageAsync(
        HolidayNotice notice,
        CalendarPublisher publisher,
        List<RecordAction> actions,
        CancellationToken ct)
    {
        var current = await CurrentVersionsAsync(ct);
        var latest = current.FirstOrDefault(y => y.Year == notice.Year);
        if (latest is not null && PublishedYear.From(latest).Notice.HasSameContent(notice))
        {
            return PublishedYear.From(latest);
        }

        var dates = notice.Days.Select(d => d.Date).ToHashSet();
        var clash = current
            .Where(y => y.Year != notice.Year)
            .SelectMany(y => y.Days, (y, d) => new { y.Year, d.Date })
            .FirstOrDefault(d => dates.Contains(d.Date));
        if (clash is not null)
        {
            return CalendarErrors.DateInOtherNotice(clash.Date, clash.Year);
        }

        var row = NewVersion(notice, publisher, (latest?.Version ?? 0) + 1);
        db.PublishedYears.Add(row);
        actions.Add(Recorded(row, publisher, latest?.Version));
        return PublishedYear.From(row);
    }

    private PublishedYearRow NewVersion(HolidayNotice notice, CalendarPublisher publisher, int version) => new()
    {
        Year = notice.Year,
        Version = version,
        NoticeTitle = notice.Title,
        DocumentNumber = notice.DocumentNumber,
        IssuedOn = notice.IssuedOn,
        SourceUrl = notice.SourceUrl,
        PublishedAt = clock.GetUtcNow(),
        PublishedByUserId = publisher.UserId,
        PublishedByName = publisher.Name,
        OrganisationId = publisher.OrganisationId,
        Days = [.. notice.Days.Select(d => new CalendarDayRow { Date = d.Date, Kind = d.Kind, Name = d.Name })],
    };

    /// <summary>
    /// Builds the record entry of a publication. Its payload is the whole notice, so the record alone shows
    /// every version.
    /// </summary>
    private static RecordAction Recorded(PublishedYearRow row, CalendarPublisher publisher, int? replacedVersion)
    {
        var payload = new
        {
            year = row.Year,
            version = row.Version,
            replacesVersion = replacedVersion,
            notice = new
            {
                title = row.NoticeTitle,
                documentNumber = row.DocumentNumber,
                issuedOn = row.IssuedOn,
                sourceUrl = row.SourceUrl,
            },
            days = row.Days.Select(d => new { date = d.Date, kind = d.Kind.ToString(), name = d.Name }),
        };
        return new RecordAction(
            publisher.RecordActor,
            publisher.CertificateNumber,
            publisher.OrganisationId,
            YearPublishedAction,
            $"calendar/{row.Year}",
            payload);
    }

    private async Task<List<PublishedYearRow>> CurrentVersionsAsync(CancellationToken ct)
    {
        var versions = await db.PublishedYears.AsNoTracking().ToListAsync(ct);
        var current = versions.GroupBy(y => y.Year).Select(g => g.MaxBy(y => y.Version)!).ToList();
        var ids = current.Select(y => y.Id).ToList();
        var days = await db.CalendarDays.AsNoTracking().Where(d => ids.Contains(d.PublishedYearId)).ToListAsync(ct);
        var daysByVersion = days.ToLookup(d => d.PublishedYearId);
        foreach (var year in current)
        {
            year.Days = [.. daysByVersion[year.Id].OrderBy(d => d.Date)];
        }

        return current;
    }
}
