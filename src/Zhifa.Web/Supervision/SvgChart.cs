using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using Zhifa.Domain.Supervision;
using Zhifa.Web.Localization;

namespace Zhifa.Web.Supervision;

/// <summary>
/// Draws a figure table as an SVG bar chart on the server, so the dashboard needs no script and no chart
/// library; the table is always shown beside it, which is also what screen readers read.
/// </summary>
public static class SvgChart
{
    private const int Width = 640;
    private const int LabelWidth = 200;
    private const int BarHeight = 18;
    private const int Gap = 8;
    private const int ValueWidth = 80;

    /// <summary>The colours of the value columns, dark enough for white backgrounds (WCAG contrast 3:1).</summary>
    private static readonly string[] Colours = ["#1f5fa8", "#b5442c", "#2f7d32", "#7a4fa0", "#8a6d00", "#00796b", "#c2185b", "#455a64"];

    public static IHtmlContent Render(FigureTable table, Texts texts)
    {
        if (table.Chart == ChartKind.None || table.Rows.Count == 0)
        {
            return HtmlString.Empty;
        }

        var columns = table.Chart == ChartKind.GroupedBars ? ChartedColumns(table) : [0];
        var max = table.Rows.SelectMany(r => columns.Select(c => r.Values[c] ?? 0)).DefaultIfEmpty(0).Max();
        if (max <= 0)
        {
            // Bars of nothing say less than the table's zeros.
            return HtmlString.Empty;
        }

        var scale = (Width - LabelWidth - ValueWidth) / (double)max;
        var rowHeight = (columns.Count * BarHeight) + Gap;
        var legendHeight = columns.Count > 1 ? (BarHeight + Gap) : 0;
        var height = legendHeight + (table.Rows.Count * rowHeight) + Gap;
        var title = texts[table.TitleKey];

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{Encode(title)}\" data-chart=\"{table.Code}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>");
        if (columns.Count > 1)
        {
            var x = 0;
            foreach (var (column, index) in columns.Select((c, i) => (c, i)))
            {
                var name = texts[table.ValueColumnKeys[column]];
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"2\" width=\"12\" height=\"12\" fill=\"{Colours[index % Colours.Length]}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 16}\" y=\"13\" font-size=\"12\">{Encode(name)}</text>");
                x += 24 + (name.Length * 13);
            }
        }

        var y = legendHeight;
        foreach (var row in table.Rows)
        {
            var label = row.LabelIsKey ? texts[row.Label] : row.Label;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + (columns.Count * BarHeight / 2) + 5}\" font-size=\"13\" text-anchor=\"end\">{Encode(Shorten(label))}</text>");
            foreach (var (column, index) in columns.Select((c, i) => (c, i)))
            {
                var value = row.Values[column] ?? 0;
                var length = Math.Max(value > 0 ? 1 : 0, (int)Math.Round((double)value * scale));
                var top = y + (index * BarHeight);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{top + 2}\" width=\"{length}\" height=\"{BarHeight - 4}\" fill=\"{Colours[index % Colours.Length]}\"><title>{Encode(label)}: {Format(value)}</title></rect>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 4}\" y=\"{top + BarHeight - 5}\" font-size=\"12\">{Format(value)}</text>");
            }

            y += rowHeight;
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>Formats a figure for the page with thousands separated and at most two decimals, or a dash for no value.</summary>
    public static string Format(decimal? figure) =>
        figure is not { } value ? "—"
        : value == decimal.Truncate(value) ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("#,0.0#", CultureInfo.InvariantCulture);

    private static List<int> ChartedColumns(FigureTable table) =>
        [.. Enumerable.Range(0, table.ChartedColumns ?? table.ValueColumnKeys.Count)];

    private static string Shorten(string label) => label.Length <= 14 ? label : label[..13] + "…";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
