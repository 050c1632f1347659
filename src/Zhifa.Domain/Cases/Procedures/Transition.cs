namespace Zhifa.Domain.Cases.Procedures;

/// <summary>
/// One transition of a procedure: the action, the stages it may start from, the stage it leads to (none for
/// an action that records a fact without moving the case), who may take it, the request fields it needs,
/// its guards and how it changes the case.
/// </summary>
public sealed record Transition(
    CaseAction Action,
    IReadOnlyList<CaseStage> From,
    Func<CaseContext, CaseStage>? Target,
    ActorRequirement Actor,
    IReadOnlyList<string> RequiredFields,
    IReadOnlyList<Guard> Guards,
    Action<CaseContext> Apply)
{
    public string Code => CaseActions.Code(Action);

    public bool MovesStage => Target is not null;

    public static Func<CaseContext, CaseStage> To(CaseStage stage) => _ => stage;
}
