using Zhifa.Domain.Calendar;

namespace Zhifa.Infrastructure.Calendar;

/// <summary>One version of a year's holiday notice, with its number and who published it in Zhifa and when.</summary>
public sealed record PublishedYear(
    HolidayNotice Notice,
    int Version,
    DateTimeOffset PublishedAt,
    string PublishedByName)
{
    internal static PublishedYear From(PublishedYearRow row)
    {
        var notice = HolidayNotice.Create(
            row.Year,
            row.NoticeTitle,
            row.DocumentNumber,
            row.IssuedOn,
            row.SourceUrl,
            row.Days.Select(d => d.ToDomain()));
        if (!notice.IsSuccess)
        {
            throw new InvalidOperationException(
                $"The stored notice for {row.Year}, version {row.Version}, is invalid: {notice.Errors[0].Message}");
        }

        return new PublishedYear(notice.Value, row.Version, row.PublishedAt, row.PublishedByName);
    }
}
