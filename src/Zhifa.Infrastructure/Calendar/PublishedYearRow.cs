namespace Zhifa.Infrastructure.Calendar;

/// <summary>
/// One published version of a year's holiday notice: the notice's title, number, date and source, and who
/// published it in Zhifa, when, for which organisation. Rows are never updated or deleted. A corrected
/// notice becomes the next <see cref="Version"/> of the year, and the calendar uses the highest version.
/// </summary>
public sealed class PublishedYearRow
{
    public long Id { get; set; }

    public int Year { get; set; }

    /// <summary>1 for the first publication of the year, one more for each correction.</summary>
    public int Version { get; set; }

    public required string NoticeTitle { get; set; }

    public string? DocumentNumber { get; set; }

    public DateOnly IssuedOn { get; set; }

    public string? SourceUrl { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public Guid? PublishedByUserId { get; set; }

    public required string PublishedByName { get; set; }

    public Guid OrganisationId { get; set; }

    public List<CalendarDayRow> Days { get; set; } = [];
}
