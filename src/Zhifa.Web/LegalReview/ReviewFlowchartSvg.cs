using System.Globalization;
using System.Net;
using System.Text;
using Zhifa.Domain.LegalReview;

namespace Zhifa.Web.LegalReview;

/// <summary>
/// Draws <see cref="LegalReviewProcedure"/> as an SVG: the stages as boxes in one column, each transition as a
/// curved arrow on the right (forward) or left (backward) with its label. It reads only the definition, so the
/// chart changes when the workflow does.
/// </summary>
internal static class ReviewFlowchartSvg
{
    private const int BoxWidth = 260;
    private const int BoxHeight = 40;
    private const int RowHeight = 110;
    private const int Left = 330;
    private const int Width = 920;

    public static string Render(bool english)
    {
        var stages = LegalReviewProcedure.Stages;
        var row = stages.Select((s, i) => (s.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var height = (stages.Count * RowHeight) + 20;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flowchart\" role=\"img\" viewBox=\"0 0 {Width} {height}\" width=\"100%\">");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444\"/></marker></defs>");
        foreach (var (stage, i) in stages.Select((s, i) => (s, i)))
        {
            var y = Top(i);
            svg.Append(CultureInfo.InvariantCulture, $"<g data-stage=\"{Escape(stage.Code)}\"><rect x=\"{Left}\" y=\"{y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"6\" fill=\"#eef3fb\" stroke=\"#2d5a9b\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + (BoxWidth / 2)}\" y=\"{y + 25}\" text-anchor=\"middle\" font-size=\"14\">{Escape(english ? stage.English : stage.Chinese)}</text></g>");
        }

        var lane = new Dictionary<bool, int> { [true] = 0, [false] = 0 };
        foreach (var t in LegalReviewProcedure.Transitions)
        {
            foreach (var from in t.From)
            {
                var a = row[from];
                var b = row[t.To];
                var forward = b >= a;
                var offset = 30 + (lane[forward]++ % 6 * 22);
                var x = forward ? Left + BoxWidth : Left;
                var bend = forward ? x + offset : x - offset;
                var y1 = Top(a) + (BoxHeight / 2);
                var y2 = Top(b) + (BoxHeight / 2) + (a == b ? 12 : 0);
                svg.Append(CultureInfo.InvariantCulture, $"<g data-transition=\"{Escape(t.Action)}\"><path d=\"M{x},{y1} C{bend},{y1} {bend},{y2} {x},{y2}\" fill=\"none\" stroke=\"#444\" marker-end=\"url(#arrow)\"/>");
                var labelX = forward ? bend + 4 : bend - 4;
                var anchor = forward ? "start" : "end";
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelX}\" y=\"{((y1 + y2) / 2) + 4}\" text-anchor=\"{anchor}\" font-size=\"11\" fill=\"#333\">{Escape(english ? t.English : t.Chinese)}</text></g>");
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static int Top(int row) => 10 + (row * RowHeight);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
