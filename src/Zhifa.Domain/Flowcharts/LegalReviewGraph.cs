using Zhifa.Domain.Cases;
using Zhifa.Domain.LegalReview;

namespace Zhifa.Domain.Flowcharts;

/// <summary>
/// The legal review flowchart as a graph, from <see cref="LegalReviewProcedure"/>, whose transitions are the
/// ones the case workflow enforces: one edge per starting stage of each transition.
/// </summary>
public static class LegalReviewGraph
{
    public static FlowGraph From(string title, bool english) => new(
        title,
        [.. LegalReviewProcedure.Stages.Select((stage, index) => new FlowNode(
            stage.Code,
            english ? stage.English : stage.Chinese,
            Start: index == 0,
            Final: stage.Code == nameof(CaseStage.Decided)))],
        [.. LegalReviewProcedure.Transitions.SelectMany(t => t.From.Select(from => new FlowEdge(from, t.To, english ? t.English : t.Chinese)))]);
}
