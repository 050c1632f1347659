using Zhifa.Domain.Cases.Rules;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Cases.Procedures;

/// <summary>Transitions every procedure shares: recusal, the team, closing, archiving and reopening.</summary>
internal static class CommonTransitions
{
    public static Transition DeclareRecusal(IReadOnlyList<CaseStage> openStages) => new(
        CaseAction.DeclareRecusal,
        openStages,
        null,
        ActorRequirement.CaseOfficer,
        ["conflict"],
        [Guard.OnInput(DeclaringOfficerAssigned)],
        ctx =>
        {
            var officer = ctx.Case.Officers.First(o => o.OfficerId == DeclaringOfficer(ctx));
            officer.DeclaredOn = ctx.EffectiveOn;
            officer.DeclaredConflict = ctx.Request.Conflict!.Value;
        });

    public static Transition ChangeOfficers(IReadOnlyList<CaseStage> openStages) => new(
        CaseAction.ChangeOfficers,
        openStages,
        null,
        ActorRequirement.Head,
        ["officerIds", "reason"],
        [Guard.OnInput(ctx => OfficerRules.TwoCertifiedOfficers(ctx, ctx.Request.OfficerIds!))],
        ctx => AssignOfficers(ctx.Case, ctx.Request.OfficerIds!));

    public static Transition Close(IReadOnlyList<CaseStage> from) => new(
        CaseAction.Close,
        from,
        Transition.To(CaseStage.Closed),
        ActorRequirement.Head,
        ["reason"],
        [],
        ctx => ctx.Case.Execution.ClosedOn = ctx.EffectiveOn);

    public static Transition Archive { get; } = new(
        CaseAction.Archive,
        [CaseStage.Closed],
        Transition.To(CaseStage.Archived),
        ActorRequirement.Head,
        [],
        [],
        ctx => ctx.Case.Execution.ArchivedOn = ctx.EffectiveOn);

    /// <summary>
    /// Reopening a closed or archived case is an explicit action of an agency leader with a reason: it returns
    /// the case to the stage it was closed from and clears the closing and archiving days.
    /// </summary>
    public static Transition Reopen { get; } = new(
        CaseAction.Reopen,
        [CaseStage.Closed, CaseStage.Archived],
        ctx => ctx.Case.Execution.ExecutedOn is not null ? CaseStage.Executed : ReopenStage(ctx.Case),
        ActorRequirement.Leader,
        ["reason"],
        [],
        ctx =>
        {
            ctx.Case.Execution.ClosedOn = null;
            ctx.Case.Execution.ArchivedOn = null;
        });

    public static void AssignOfficers(EnforcementCase c, IReadOnlyList<Guid> officerIds)
    {
        var kept = c.Officers.Where(o => officerIds.Contains(o.OfficerId)).ToList();
        var added = officerIds.Distinct()
            .Where(id => kept.All(o => o.OfficerId != id))
            .Select(id => new CaseOfficer { OfficerId = id });
        c.Officers = [.. kept, .. added];
    }

    private static CaseStage ReopenStage(EnforcementCase c) => c.Procedure switch
    {
        ProcedureKind.Inspection => c.Inspection.ReinspectedOn is not null ? CaseStage.Reinspected : CaseStage.ResultRecorded,
        _ => c.Decision.DeliveredOn is not null ? CaseStage.Delivered : CaseStage.Decided,
    };

    // An officer declares for themselves; a head may record the declaration an officer made on paper.
    private static Guid? DeclaringOfficer(CaseContext ctx) =>
        ctx.Actor.HasAnyRole([Access.Roles.DepartmentHead, Access.Roles.AgencyLeader])
            ? ctx.Request.OfficerId ?? ctx.Actor.OfficerId
            : ctx.Actor.OfficerId;

    private static Error? DeclaringOfficerAssigned(CaseContext ctx)
    {
        // An officer declares for themselves. Naming someone else is rejected, so the record never contains a
        // declaration the named officer did not make.
        if (!ctx.Actor.HasAnyRole([Access.Roles.DepartmentHead, Access.Roles.AgencyLeader])
            && ctx.Request.OfficerId is { } named && named != ctx.Actor.OfficerId)
        {
            var name = ctx.OfficerOf(named)?.Name ?? named.ToString();
            return Error.Rule(
                "case.recusal_for_another_officer",
                $"Each officer declares their own recusal; {name} declares it when signed in as themselves, or a head records it for them.",
                CaseLaw.Recusal,
                new Dictionary<string, string> { ["officer"] = name });
        }

        var id = DeclaringOfficer(ctx);
        if (id is { } officer && ctx.Case.Officers.Any(o => o.OfficerId == officer))
        {
            return null;
        }

        return Error.Invalid(
            "case.declaring_officer_not_assigned",
            "Only an officer assigned to the case declares recusal; choose the officer or sign in as them.");
    }
}
