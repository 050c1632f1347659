using Zhifa.Domain.Cases;
using Zhifa.Domain.Cases.Procedures;

namespace Zhifa.Domain.LegalReview;

/// <summary>A stage of the legal review flowchart, with its labels.</summary>
public sealed record ReviewFlowStage(string Code, string Chinese, string English);

/// <summary>
/// A transition of the legal review flowchart: the case action that takes it (the same code the workflow runs),
/// the stages it starts from, the stage it leads to, who takes it and its labels.
/// </summary>
public sealed record ReviewFlowTransition(
    string Action, IReadOnlyList<string> From, string To, ActorRequirement Actor, string Chinese, string English);

/// <summary>
/// The legal review procedure (法制审核流程) as data for the published flowchart. The transitions are taken from
/// <see cref="LegalReviewTransitions"/>, the definitions the case workflow enforces, so the chart lists exactly
/// the steps the software allows; a test checks that every review transition appears here.
/// </summary>
public static class LegalReviewProcedure
{
    private static readonly ReviewFlowStage Major = new("major", "确定为重大执法决定", "Decision found major");
    private static readonly ReviewFlowStage Submitted = new(nameof(CaseStage.InLegalReview), "提交法制审核", "Submitted for legal review");
    private static readonly ReviewFlowStage Assigned = new("assigned", "法制审核人员审核", "Under review by a legal reviewer");
    private static readonly ReviewFlowStage Passed = new(nameof(CaseStage.Reviewed), "审核通过", "Review passed");
    private static readonly ReviewFlowStage NotPassed = new(nameof(CaseStage.Proposed), "审核不通过，修改拟处理意见", "Not passed; proposal to revise");
    private static readonly ReviewFlowStage Returned = new(nameof(CaseStage.Investigating), "退回补充调查", "Returned for further investigation");
    private static readonly ReviewFlowStage Decision = new(nameof(CaseStage.Decided), "机关负责人作出决定", "Head makes the decision");

    public static IReadOnlyList<ReviewFlowStage> Stages { get; } = [Major, Submitted, Assigned, Passed, NotPassed, Returned, Decision];

    public static IReadOnlyList<ReviewFlowTransition> Transitions { get; } =
    [
        Flow(CaseAction.MarkMajor, [Major], Major, "执法人员认定重大（说明理由）", "Officer marks major with a reason"),
        Flow(CaseAction.UnmarkMajor, [Major], Major, "法制审核人员取消重大认定", "Legal reviewer removes the marking"),
        Flow(CaseAction.SubmitLegalReview, [Major], Submitted, "提交审核材料", "Submit with the materials"),
        Flow(CaseAction.AssignLegalReviewer, [Submitted], Assigned, "指定审核人员（回避）", "Assign an independent reviewer"),
        Flow(CaseAction.ExtendLegalReview, [Assigned], Assigned, "负责人批准延长审核期限一次", "Head extends the time limit once"),
        Flow(CaseAction.RecordLegalReview, [Assigned], Passed, "出具审核意见：通过", "Opinion: pass"),
        Flow(CaseAction.RecordLegalReview, [Assigned], NotPassed, "出具审核意见：不通过", "Opinion: not pass"),
        Flow(CaseAction.RecordLegalReview, [Assigned], Returned, "出具审核意见：退回补充调查", "Opinion: return for investigation"),
        Flow(CaseAction.RequestReReview, [NotPassed, Returned], Submitted, "承办机构有异议，申请复核一次", "Department asks once for a re-review"),
        Flow(CaseAction.RecordReviewRuling, [NotPassed, Returned], Passed, "仍有异议的，提请机关负责人或集体讨论决定", "Still disputed: leader or collective discussion rules"),
        Flow(CaseAction.ReviseProposal, [NotPassed, Passed], Major, "修改拟处理意见，原审核失效", "Proposal revised; the review is void"),
        Flow(CaseAction.ProposeDecision, [Returned], Major, "补充调查后重新提出处理意见", "New proposal after investigation"),
        Flow(CaseAction.Decide, [Passed], Decision, "决定与审核的拟处理意见一致", "Decision equals the reviewed proposal"),
    ];

    private static ReviewFlowTransition Flow(
        CaseAction action, ReviewFlowStage[] from, ReviewFlowStage to, string chinese, string english)
    {
        var transition = GeneralPenaltyProcedure.Definition.Find(action)
            ?? throw new InvalidOperationException($"The general procedure has no '{CaseActions.Code(action)}' step to chart.");
        return new(transition.Code, [.. from.Select(s => s.Code)], to.Code, transition.Actor, chinese, english);
    }
}
