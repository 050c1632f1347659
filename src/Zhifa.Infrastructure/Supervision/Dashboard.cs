using Zhifa.Domain.Supervision;

namespace Zhifa.Infrastructure.Supervision;

/// <summary>
/// The supervision dashboard of one scope and period: headline figures, tables (each drawn as a chart
/// where that reads better) and the deadlines that need attention, red first.
/// </summary>
public sealed record Dashboard(
    ReportingPeriod Period,
    DateOnly Today,
    IReadOnlyList<OfficeRef> Offices,
    Headline Headline,
    IReadOnlyList<FigureTable> Tables,
    IReadOnlyList<WatchItem> Watch,
    int WatchTotal);

/// <summary>An enforcement body the figures cover.</summary>
public sealed record OfficeRef(Guid Id, string Name);

/// <summary>The figures at the top of the dashboard.</summary>
public sealed record Headline(
    int OpenCases,
    int Overdue,
    int DueSoon,
    int RegisteredInPeriod,
    int DecidedInPeriod,
    decimal FinesImposed,
    decimal FinesCollected,
    int QualityReviews,
    decimal? QualityAverage);
