namespace Zhifa.Domain.Supervision;

/// <summary>How a table is best drawn; every chart is shown with its table.</summary>
public enum ChartKind
{
    None,

    /// <summary>Horizontal bars, one per row, of the first value column.</summary>
    Bars,

    /// <summary>Bars side by side per row, one per value column (for comparing offices).</summary>
    GroupedBars,
}

/// <summary>
/// One row: its label is a text key (for fixed names such as stages) or a name from the data (matters,
/// offices); <see cref="Link"/> drills down to the records behind it. A null value is a rate or average of
/// nothing (no reviews, no steps), shown as a dash rather than a zero that would read as a bad result.
/// </summary>
public sealed record FigureRow(string Label, bool LabelIsKey, IReadOnlyList<decimal?> Values, string? Link = null);

/// <summary>
/// A table of figures on the dashboard: its title and column headings are text keys, so the page and the
/// exports say the same in both languages.
/// </summary>
public sealed record FigureTable(
    string Code,
    string TitleKey,
    string LabelColumnKey,
    IReadOnlyList<string> ValueColumnKeys,
    IReadOnlyList<FigureRow> Rows,
    ChartKind Chart)
{
    /// <summary>
    /// How many of the first value columns the chart draws; null draws them all. Counts are charted
    /// together, money and averages are left to the table, where they would not dwarf or vanish.
    /// </summary>
    public int? ChartedColumns { get; init; }

    public decimal Total(int column) => Rows.Sum(r => r.Values[column] ?? 0);
}
