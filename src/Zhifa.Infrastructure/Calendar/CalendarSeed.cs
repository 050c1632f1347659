using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Calendar;

/// <summary>
/// Publishes the holiday notices shipped with Zhifa for every year the database has no notice for, so a
/// new deployment counts deadlines on the official calendar from its first start. A year already published,
/// by this step or by the legal affairs office, is left as it is.
/// </summary>
public sealed class CalendarSeed(ZhifaDbContext db, CalendarRepository calendar, ILogger<CalendarSeed> logger)
{
    /// <summary>The actor recorded for shipped notices: no person published them.</summary>
    public const string SystemActor = "system:calendar";

    /// <summary>Publishes the shipped notices of the missing years; returns those years.</summary>
    public async Task<IReadOnlyList<int>> LoadMissingYearsAsync(CancellationToken ct)
    {
        var published = await db.PublishedYears.Select(y => y.Year).Distinct().ToListAsync(ct);
        var missing = StateCouncilNotices.All.Where(n => !published.Contains(n.Year)).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        // Records are attributed to the top-level office. A database without organisations yet records
        // Guid.Empty, because the entry needs an organisation and the calendar belongs to no single office.
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.ParentId == null)
            .OrderBy(o => o.Path)
            .Select(o => o.Id)
            .FirstOrDefaultAsync(ct);
        var publisher = new CalendarPublisher(null, SystemActor, null, organisation);
        foreach (var notice in missing)
        {
            var result = await calendar.PublishAsync(notice, publisher, ct);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException(
                    $"The shipped notice for {notice.Year} was rejected: {result.Errors[0].Message}");
            }
        }

        var years = missing.Select(n => n.Year).ToList();
        var yearList = string.Join(", ", years);
        CalendarLog.ShippedYearsLoaded(logger, yearList);
        return years;
    }
}
