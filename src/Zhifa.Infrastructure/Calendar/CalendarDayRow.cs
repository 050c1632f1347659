using Zhifa.Domain.Calendar;

namespace Zhifa.Infrastructure.Calendar;

/// <summary>One day set apart by a published notice version; never updated or deleted.</summary>
public sealed class CalendarDayRow
{
    public long Id { get; set; }

    public long PublishedYearId { get; set; }

    public DateOnly Date { get; set; }

    public CalendarDayKind Kind { get; set; }

    public required string Name { get; set; }

    public CalendarDay ToDomain() => new(Date, Kind, Name);
}
