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
        endpoints.MapPut("/api/calendar/{year:int}", PublishAsync)
            .RequireAuthorization()
            .WithTags("Calendar")
            .WithSummary("Publishes a year's holiday notice (legal affairs office of the top-level office only).");
    }

    /// <summary>A holiday notice as the legal affairs office enters it.</summary>
    internal sealed record NoticeRequest(
        string? Title,
        string? DocumentNumber,
        DateOnly? IssuedOn,
        string? SourceUrl,
        List<DayRequest>? Days);

    internal sealed record DayRequest(DateOnly Date, CalendarDayKind Kind, string? Name);

    private static async Task<IResult> PublishAsync(
        int year, NoticeRequest? request, CalendarRepository calendar, Zhifa.Web.Access.CurrentActor current, CancellationToken ct)
    {
        if (request?.IssuedOn is not { } issued || request.Days is null)
        {
            return ProblemResults.BadRequest(
                "calendar.body_missing",
                "Send the notice as JSON: title, documentNumber, issuedOn (yyyy-MM-dd), sourceUrl and days [{date, kind: Holiday | AdjustedWorkingDay, name}].");
        }

        var notice = HolidayNotice.Create(
            year,
            request.Title ?? "",
            request.DocumentNumber,
            issued,
            request.SourceUrl,
            request.Days.Select(d => new CalendarDay(d.Date, d.Kind, d.Name ?? "")));
        if (!notice.IsSuccess)
        {
            return Zhifa.Web.Cases.CaseProblems.From(notice.Errors);
        }

        var published = await calendar.PublishYearAsync(notice.Value, await current.GetAsync(ct), ct);
        return published.IsSuccess
            ? Results.Ok(new { year, version = published.Value.Version })
            : Zhifa.Web.Cases.CaseProblems.From(published.Errors);
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
