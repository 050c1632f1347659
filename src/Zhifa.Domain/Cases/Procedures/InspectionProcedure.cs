using Zhifa.Domain.Cases.Rules;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Cases.Procedures;

/// <summary>
/// An inspection (行政检查): plan, on-site inspection, result, rectification order when problems are found,
/// re-inspection, closing and archiving. At least two certified inspectors act (Administrative Penalty Law
/// Art. 42 and the double-random inspection rules).
/// </summary>
public static class InspectionProcedure
{
    private static readonly CaseStage[] Open =
    [
        CaseStage.InspectionPlanned, CaseStage.Inspected, CaseStage.ResultRecorded, CaseStage.RectificationOrdered,
        CaseStage.Reinspected,
    ];

    public static Procedure Definition { get; } = new(
        ProcedureKind.Inspection,
        CaseStage.InspectionPlanned,
        [.. Open, CaseStage.Closed, CaseStage.Archived],
        [
            CommonTransitions.DeclareRecusal(Open),
            CommonTransitions.ChangeOfficers([CaseStage.InspectionPlanned, CaseStage.RectificationOrdered]),
            new(CaseAction.Inspect, [CaseStage.InspectionPlanned], Transition.To(CaseStage.Inspected),
                ActorRequirement.CaseOfficer, ["findings"],
                [
                    Guard.OnState(OfficerRules.TwoCertifiedOfficers), Guard.OnState(OfficerRules.RecusalDeclared),
                    Guard.OnState(RecordingRules.Required(CaseAction.Inspect)),
                ],
                ctx =>
                {
                    ctx.Case.Inspection.InspectedOn = ctx.EffectiveOn;
                    ctx.Case.Inspection.Findings = ctx.Request.Findings;
                }),
            new(CaseAction.RecordResult, [CaseStage.Inspected], Transition.To(CaseStage.ResultRecorded),
                ActorRequirement.CaseOfficer, ["compliant"], [],
                ctx => ctx.Case.Inspection.Compliant = ctx.Request.Compliant),
            new(CaseAction.OrderRectification, [CaseStage.ResultRecorded], Transition.To(CaseStage.RectificationOrdered),
                ActorRequirement.CaseOfficer, ["rectificationDeadline", "requirements"],
                [Guard.OnState(ProblemsFound), Guard.OnInput(DeadlineAfterOrder)],
                ctx =>
                {
                    ctx.Case.Inspection.RectificationDeadline = ctx.Request.RectificationDeadline;
                    ctx.Case.Inspection.RectificationRequirements = ctx.Request.Requirements;
                }),
            new(CaseAction.Reinspect, [CaseStage.RectificationOrdered], Transition.To(CaseStage.Reinspected),
                ActorRequirement.CaseOfficer, ["compliant", "findings"],
                [
                    Guard.OnState(OfficerRules.TwoCertifiedOfficers), Guard.OnState(OfficerRules.RecusalDeclared),
                    Guard.OnState(RecordingRules.Required(CaseAction.Reinspect)),
                ],
                ctx =>
                {
                    ctx.Case.Inspection.ReinspectedOn = ctx.EffectiveOn;
                    ctx.Case.Inspection.RectifiedCompliant = ctx.Request.Compliant;
                    ctx.Case.Inspection.Findings = ctx.Request.Findings;
                }),
            CommonTransitions.Close([CaseStage.ResultRecorded, CaseStage.Reinspected]),
            CommonTransitions.Archive,
            CommonTransitions.Reopen,
        ]);

    private static Error? ProblemsFound(CaseContext ctx) =>
        ctx.Case.Inspection.Compliant == false
            ? null
            : Error.Invalid("case.nothing_to_rectify", "The inspection found no problem, so there is nothing to order rectified.");

    private static Error? DeadlineAfterOrder(CaseContext ctx) =>
        ctx.Request.RectificationDeadline > ctx.EffectiveOn
            ? null
            : Error.Invalid("case.rectification_deadline_past", "The rectification deadline must be after the day of the order.");
}
