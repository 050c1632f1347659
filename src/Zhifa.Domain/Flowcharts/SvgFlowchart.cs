using System.Globalization;
using System.Net;
using System.Text;

namespace Zhifa.Domain.Flowcharts;

/// <summary>
/// Draws a <see cref="FlowGraph"/> as an accessible SVG: one column of boxes in the graph's node order; an edge
/// to the next box is a straight arrow, any other edge an arc on the right (forward) or the left (back), each
/// with its step's name. The SVG has a title and a description listing every step in words, for screen readers.
/// </summary>
public static class SvgFlowchart
{
    private const int BoxWidth = 220;
    private const int BoxHeight = 40;
    private const int Gap = 36;
    private const int Left = 200;
    private const int Top = 20;

    public static string Render(FlowGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var index = graph.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var height = Top * 2 + graph.Nodes.Count * (BoxHeight + Gap);
        var width = Left * 2 + BoxWidth;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"flow-title flow-desc\" font-family=\"sans-serif\" font-size=\"13\">");
        svg.Append("<title id=\"flow-title\">").Append(Escape(graph.Title)).Append("</title>");
        svg.Append("<desc id=\"flow-desc\">")
            .Append(Escape(string.Join("；", graph.Edges.Select(e => $"{Label(graph, e.From)} →（{e.Label}）→ {Label(graph, e.To)}"))))
            .Append("</desc>");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>");

        var rightLane = 0;
        var leftLane = 0;
        foreach (var edge in graph.Edges)
        {
            if (!index.TryGetValue(edge.From, out var a) || !index.TryGetValue(edge.To, out var b))
            {
                continue;
            }

            if (b == a + 1)
            {
                var x = Left + BoxWidth / 2;
                var y1 = Y(a) + BoxHeight;
                var y2 = Y(b);
                svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{x},{y1} L{x},{y2}\" stroke=\"#333\" fill=\"none\" marker-end=\"url(#arrow)\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 6}\" y=\"{(y1 + y2) / 2 + 4}\" fill=\"#333\">{Escape(edge.Label)}</text>");
                continue;
            }

            var forward = b > a;
            var lane = forward ? ++rightLane : ++leftLane;
            var offset = 14 + (lane % 12) * 14;
            var edgeX = forward ? Left + BoxWidth : Left;
            var outer = forward ? edgeX + offset : edgeX - offset;
            var ya = Y(a) + BoxHeight / 2 + (forward ? 6 : -6);
            var yb = Y(b) + BoxHeight / 2 + (forward ? -6 : 6);
            var colour = forward ? "#1f5f99" : "#8a3b12";
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{edgeX},{ya} L{outer},{ya} L{outer},{yb} L{edgeX},{yb}\" stroke=\"{colour}\" fill=\"none\" marker-end=\"url(#arrow)\"/>");
            var anchor = forward ? "start" : "end";
            var tx = forward ? outer + 4 : outer - 4;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{tx}\" y=\"{(ya + yb) / 2}\" fill=\"{colour}\" text-anchor=\"{anchor}\">{Escape(edge.Label)}</text>");
        }

        foreach (var node in graph.Nodes)
        {
            var y = Y(index[node.Id]);
            var fill = node.Start ? "#e6f0fa" : node.Final ? "#eef7ee" : "#ffffff";
            var rx = node.Start || node.Final ? 20 : 4;
            svg.Append(CultureInfo.InvariantCulture, $"<g id=\"stage-{Escape(node.Id)}\"><rect x=\"{Left}\" y=\"{y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"{rx}\" fill=\"{fill}\" stroke=\"#333\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + BoxWidth / 2}\" y=\"{y + BoxHeight / 2 + 5}\" text-anchor=\"middle\" fill=\"#000\">{Escape(node.Label)}</text></g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static int Y(int i) => Top + i * (BoxHeight + Gap);

    private static string Label(FlowGraph graph, string id) => graph.Nodes.FirstOrDefault(n => n.Id == id)?.Label ?? id;

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
