using Zhifa.Domain.Calendar;
using Zhifa.Infrastructure.Calendar;
using Zhifa.Web.Problems;

namespace Zhifa.Web.Calendar;

/// <summary>
/// /api/calendar: the published holiday notices, read-only and without sign-in, because the State
/// Council's notices are public and the public may check the days on which deadlines were counted.
/// </summary>
internal static class CalendarApi
{
    public static void MapCalendarApi(this IEndpointRouteBuilder endpoints)
    {
        var calendar = endpoints.MapGroup("/api/calendar").AllowAnonymous().WithTags("Calendar");
        calendar.MapGet("/{year:int}", YearAsync);
    }

    private static async Task<IResult> YearAsync(int year, CalendarRepository calendar, CancellationToken ct)
    {
        if (await calendar.FindYearAsync(year, ct) is not { } published)
        {
            return ProblemResults.From(CalendarErrors.YearNotPublished(year));
        }

        var notice = published.Notice;
        return Results.Ok(new
        {
            year = notice.Year,
            version = published.Version,
            notice = new
            {
                title = notice.Title,
                documentNumber = notice.DocumentNumber,
                issuedOn = notice.IssuedOn,
                sourceUrl = notice.SourceUrl,
            },
            publishedAt = published.PublishedAt,
            days = notice.Days.Select(d => new
            {
                date = d.Date,
                kind = d.Kind.ToString(),
                name = d.Name,
            }),
        });
    }
}
