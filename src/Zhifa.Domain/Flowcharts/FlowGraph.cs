namespace Zhifa.Domain.Flowcharts;

/// <summary>
/// A workflow as a neutral graph for drawing: nodes in the order a case normally passes them, and edges
/// labelled with the step that moves between them. Any workflow definition (the case procedures, the legal
/// review workflow) is drawn by turning it into this model.
/// </summary>
public sealed record FlowGraph(string Title, IReadOnlyList<FlowNode> Nodes, IReadOnlyList<FlowEdge> Edges);

/// <summary>A stage; <see cref="Final"/> marks an end stage, <see cref="Start"/> the first one.</summary>
public sealed record FlowNode(string Id, string Label, bool Start = false, bool Final = false);

/// <summary>A step from one stage to another, with who takes it when known.</summary>
public sealed record FlowEdge(string From, string To, string Label);
