namespace Zhifa.Domain.Cases.Procedures;

/// <summary>
/// A procedure's state machine: its first stage, its final stages and its transitions. The case page, the
/// API and the flowcharts all read the same definition.
/// </summary>
public sealed class Procedure(
    ProcedureKind kind,
    CaseStage start,
    IReadOnlyList<CaseStage> stages,
    IReadOnlyList<Transition> transitions)
{
    public ProcedureKind Kind { get; } = kind;

    public CaseStage Start { get; } = start;

    public IReadOnlyList<Transition> Transitions { get; } = transitions;

    public Transition? Find(CaseAction action) => Transitions.FirstOrDefault(t => t.Action == action);

    /// <summary>The stages in the order a case normally passes them, for progress bars and flowcharts.</summary>
    public IReadOnlyList<CaseStage> Stages { get; } = stages;

    public static Procedure For(ProcedureKind kind) => kind switch
    {
        ProcedureKind.GeneralPenalty => GeneralPenaltyProcedure.Definition,
        ProcedureKind.SimplePenalty => SimplePenaltyProcedure.Definition,
        ProcedureKind.Inspection => InspectionProcedure.Definition,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A procedure without a definition."),
    };
}
