using System.Xml.Linq;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Cases.Procedures;
using Zhifa.Domain.Flowcharts;

namespace Zhifa.Domain.Tests.Flowcharts;

/// <summary>The flowcharts are drawn from the procedure definitions, so every enforced step appears in them.</summary>
public sealed class SvgFlowchartTests
{
    [Fact]
    public void GeneralPenalty_graph_has_the_review_outcomes_as_edges()
    {
        var graph = ProcedureGraph.From(GeneralPenaltyProcedure.Definition, "普通程序", s => s.ToString(), a => a);

        Assert.Contains(new FlowEdge("InLegalReview", "Reviewed", "record-legal-review"), graph.Edges);
        Assert.Contains(new FlowEdge("InLegalReview", "Investigating", "record-legal-review"), graph.Edges);
        Assert.Contains(new FlowEdge("Registered", "Filed", "approve-filing"), graph.Edges);
        Assert.True(graph.Nodes.Single(n => n.Id == "Registered").Start);
        Assert.True(graph.Nodes.Single(n => n.Id == "Archived").Final);
    }

    [Theory]
    [InlineData(ProcedureKind.GeneralPenalty)]
    [InlineData(ProcedureKind.SimplePenalty)]
    [InlineData(ProcedureKind.Inspection)]
    public void Every_stage_moving_transition_is_drawn(ProcedureKind kind)
    {
        var procedure = Procedure.For(kind);
        var graph = ProcedureGraph.From(procedure, kind.ToString(), s => "阶段" + s, a => "步骤" + a);

        var svg = XDocument.Parse(SvgFlowchart.Render(graph));

        XNamespace ns = "http://www.w3.org/2000/svg";
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        foreach (var transition in procedure.Transitions.Where(t => t.MovesStage && t.Action != CaseAction.Reopen))
        {
            Assert.Contains("步骤" + transition.Code, texts);
        }

        Assert.Equal(graph.Nodes.Count, svg.Descendants(ns + "rect").Count());
        Assert.Equal(kind.ToString(), svg.Root!.Element(ns + "title")!.Value);
    }

    [Fact]
    public void Labels_are_escaped()
    {
        var graph = new FlowGraph("<审核>", [new FlowNode("a", "甲&乙", Start: true), new FlowNode("b", "\"丙\"", Final: true)], [new FlowEdge("a", "b", "<通过>")]);

        var svg = SvgFlowchart.Render(graph);

        var doc = XDocument.Parse(svg);
        Assert.Contains("甲&乙", doc.Root!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<通过>", svg, StringComparison.Ordinal);
    }
}
