using Zhifa.Documents.Model;
using Zhifa.Domain.Cases;
using Zhifa.Domain.LegalReview;

namespace Zhifa.Documents.Templates;

/// <summary>
/// The review opinion form (法制审核意见表) of one review task: the case, the proposal reviewed, the materials,
/// a finding and note for every review point, the opinion and the reviewer's signature.
/// </summary>
public static class ReviewOpinionTemplate
{
    public static EnforcementDocument Build(ReviewTask task, EnforcementCase c, string agencyName, DateOnly today)
    {
        var blocks = new List<DocumentBlock>
        {
            new FieldTableBlock(
            [
                new("案号", c.Number),
                new("案由", c.Title),
                new("当事人", c.Party.Name),
                new("审核轮次", task.Round == 1 ? "初次审核" : "复核"),
                new("审核的拟处理意见", $"第 {task.ProposalRevision} 版：{CaseDocumentTemplates.Penalty(c.Proposal)}"),
                new("送审日期", CaseDocumentTemplates.Day(task.SubmittedOn)),
                new("送审人", task.SubmittedBy),
                new("审核期限", CaseDocumentTemplates.Day(task.DueOn) + (task.ExtensionWorkingDays > 0 ? $"（已延长 {task.ExtensionWorkingDays} 个工作日）" : "")),
            ]),
            new HeadingBlock("送审材料"),
            new FieldTableBlock([.. task.Materials.Select(m => new FieldRow(m.Kind is { } k ? ReviewMaterials.Chinese(k) : "", m.Reference ?? ""))]),
            new HeadingBlock("审核要点"),
            new FieldTableBlock([.. ReviewPoints.All.Select(point => new FieldRow(ReviewPoints.Chinese(point), Finding(task, point)))]),
            new HeadingBlock("审核意见"),
            new ParagraphBlock(Outcome(task.Outcome) + (string.IsNullOrWhiteSpace(task.Opinion) ? "" : "。" + task.Opinion)),
        };
        if (task.ReReviewReason is { } reason)
        {
            blocks.Add(new ParagraphBlock($"承办机构申请复核的理由：{reason}"));
        }

        if (task.RulingOn is { } ruled)
        {
            blocks.Add(new ParagraphBlock(
                $"机关负责人或集体讨论决定（{CaseDocumentTemplates.Day(ruled)}）：{(task.RulingPassed == true ? "同意按拟处理意见作出决定" : "维持审核意见")}。{task.RulingConclusion}"));
        }

        blocks.Add(new SignatureBlock(
            [$"法制审核人员（签名）：{task.ReviewerName}", "法制机构负责人（签名）："],
            CaseDocumentTemplates.Day(task.ReviewedOn ?? today),
            SealNote: ""));
        return new(agencyName, "法制审核意见表", c.Number, blocks);
    }

    private static string Finding(ReviewTask task, ReviewPoint point)
    {
        var entered = task.Findings.LastOrDefault(f => f.Point == ReviewPoints.Code(point));
        var finding = entered?.Finding switch
        {
            PointFinding.Satisfied => "符合",
            PointFinding.NotSatisfied => "不符合",
            PointFinding.NotApplicable => "不适用",
            _ => "（未审核）",
        };
        return string.IsNullOrWhiteSpace(entered?.Note) ? finding : $"{finding}：{entered.Note}";
    }

    private static string Outcome(ReviewOutcome? outcome) => outcome switch
    {
        ReviewOutcome.Pass => "同意（审核通过）",
        ReviewOutcome.PassWithChanges => "修改后同意",
        ReviewOutcome.ReturnForInvestigation => "退回补充调查",
        ReviewOutcome.NotPass => "不同意（审核不通过）",
        _ => "（尚未出具意见）",
    };
}
