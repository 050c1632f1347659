using System.Globalization;
using Zhifa.Documents.Model;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Text;

namespace Zhifa.Documents.Templates;

/// <summary>
/// Fills the enforcement documents of a case from its data: filing approval form, on-site inspection record,
/// inquiry record, prior notification, hearing notice, penalty decision, proof of delivery and closing report.
/// The mandatory content of the penalty decision follows Administrative Penalty Law Art. 59.
/// </summary>
public static class CaseDocumentTemplates
{
    /// <summary>The stage from which each document can be produced.</summary>
    public static bool IsAvailable(DocumentKind kind, EnforcementCase c) => kind switch
    {
        DocumentKind.FilingApproval => c.Procedure == ProcedureKind.GeneralPenalty,
        DocumentKind.OnSiteInspectionRecord => c.Procedure == ProcedureKind.Inspection || c.FiledOn is not null,
        DocumentKind.InquiryRecord => c.FiledOn is not null && c.Procedure == ProcedureKind.GeneralPenalty,
        DocumentKind.PriorNotification => c.Notice.ServedOn is not null,
        DocumentKind.HearingNotice => c.Hearing.ScheduledFor is not null,
        DocumentKind.PenaltyDecision => c.Decision.DecidedOn is not null,
        DocumentKind.ProofOfDelivery => c.Decision.DecidedOn is not null,
        DocumentKind.ClosingReport => c.Execution.ClosedOn is not null,
        _ => false,
    };

    public static EnforcementDocument Build(DocumentKind kind, CaseDocumentData data) => kind switch
    {
        DocumentKind.FilingApproval => FilingApproval(data),
        DocumentKind.OnSiteInspectionRecord => OnSiteInspection(data),
        DocumentKind.InquiryRecord => Inquiry(data),
        DocumentKind.PriorNotification => PriorNotification(data),
        DocumentKind.HearingNotice => HearingNotice(data),
        DocumentKind.PenaltyDecision => PenaltyDecisionDocument.Build(data),
        DocumentKind.ProofOfDelivery => ProofOfDelivery(data),
        DocumentKind.ClosingReport => ClosingReport(data),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A document kind without a template."),
    };

    private static EnforcementDocument FilingApproval(CaseDocumentData d)
    {
        var c = d.Case;
        return new(d.AgencyName, "立案审批表", c.Number,
        [
            new FieldTableBlock(
            [
                new("案由", c.Title),
                new("案件来源", Source(c.Source) + (string.IsNullOrEmpty(c.SourceDetail) ? "" : "：" + c.SourceDetail)),
                .. PartyRows(c.Party),
                new("违法行为发生日", Day(c.ActDate)),
                new("执法事项", $"{d.Matter.Code} {d.Matter.Name}"),
                new("涉嫌违反的规定", $"《{d.Matter.LegalBasisLaw}》{d.Matter.LegalBasisArticle}"),
                new("承办人员", Officers(d)),
                new("登记日期", Day(c.RegisteredOn)),
            ]),
            new HeadingBlock("审批意见"),
            new ParagraphBlock(c.FiledOn is { } filed ? $"同意立案。立案日期：{Day(filed)}。" : "（待负责人审批）"),
            new SignatureBlock(["负责人（签名）："], Day(c.FiledOn ?? d.Today)),
        ]);
    }

    private static EnforcementDocument OnSiteInspection(CaseDocumentData d)
    {
        var c = d.Case;
        var day = c.Inspection.InspectedOn ?? c.FiledOn ?? d.Today;
        return new(d.AgencyName, "现场检查笔录", c.Number,
        [
            new FieldTableBlock(
            [
                new("检查时间", Day(day)),
                new("检查地点", c.Party.Address ?? ""),
                new("被检查单位（人）", c.Party.Name),
                new("检查人员及执法证号", Officers(d)),
                new("检查事项", $"{d.Matter.Code} {d.Matter.Name}"),
            ]),
            new ParagraphBlock("执法人员已向被检查人出示执法证件，告知了检查的依据、内容和被检查人享有的申请回避等权利。"),
            new HeadingBlock("检查情况"),
            new ParagraphBlock(c.Inspection.Findings ?? c.Proposal.Facts ?? "（现场记录）"),
            new SignatureBlock(["检查人员（签名）：", "被检查人（签名）：", "见证人（签名）："], Day(day), SealNote: ""),
            new FooterNoteBlock("被检查人拒绝签名的，由检查人员在笔录中注明。"),
        ]);
    }

    private static EnforcementDocument Inquiry(CaseDocumentData d)
    {
        var c = d.Case;
        var first = d.Officers.Count > 0 ? d.Officers[0] : null;
        var second = d.Officers.Count > 1 ? d.Officers[1] : null;
        return new(d.AgencyName, "询问笔录", c.Number,
        [
            new FieldTableBlock(
            [
                new("询问时间", Day(d.Today)),
                new("询问地点", d.AgencyName),
                new("询问人及执法证号", first is null ? "" : $"{first.Name}（{first.CertificateNumber}）"),
                new("记录人及执法证号", second is null ? "" : $"{second.Name}（{second.CertificateNumber}）"),
                new("被询问人", c.Party.Kind == PartyKind.Unit ? $"{c.Party.LegalRepresentative}（{c.Party.Name}）" : c.Party.Name),
            ]),
            new ParagraphBlock($"问：我们是{d.AgencyName}执法人员，这是我们的执法证件。现就{c.Title}向你了解情况，你应当如实回答。你是否申请执法人员回避？"),
            new ParagraphBlock("答："),
            new ParagraphBlock("问：请陈述有关情况。"),
            new ParagraphBlock("答："),
            new SignatureBlock(["被询问人（逐页签名）：", "询问人（签名）：", "记录人（签名）："], Day(d.Today), SealNote: ""),
            new FooterNoteBlock("笔录经被询问人核对无误后逐页签名。"),
        ]);
    }

    private static EnforcementDocument PriorNotification(CaseDocumentData d)
    {
        var c = d.Case;
        var blocks = new List<DocumentBlock>
        {
            new ParagraphBlock($"{c.Party.Name}："),
            new ParagraphBlock($"经调查，{c.Proposal.Facts}"),
            new ParagraphBlock($"以上事实有{c.Proposal.Evidence}等证据为证。"),
            new ParagraphBlock($"你（单位）的上述行为违反了{c.Proposal.LegalBasis}的规定。依据《{d.Matter.LegalBasisLaw}》{d.Matter.LegalBasisArticle}，本机关拟对你（单位）作出如下行政处罚：{Penalty(c.Proposal)}。"),
            new ParagraphBlock($"根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）有权进行陈述和申辩，请于{Day(d.StatementUntil)}前向本机关提出；逾期未提出的，视为放弃上述权利。"),
        };
        if (c.Notice.HearingRightOffered)
        {
            blocks.Add(new ParagraphBlock($"根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证，请于{Day(d.HearingRequestUntil)}前向本机关提出；逾期未提出的，视为放弃听证权利。当事人不承担听证的费用。"));
        }

        blocks.Add(new SignatureBlock([d.AgencyName], Day(c.Notice.ServedOn ?? d.Today)));
        blocks.Add(new FooterNoteBlock($"承办人员及执法证号：{Officers(d)}"));
        return new(d.AgencyName, "行政处罚事先告知书", c.Number.Replace("立", "告", StringComparison.Ordinal), blocks);
    }

    private static EnforcementDocument HearingNotice(CaseDocumentData d)
    {
        var c = d.Case;
        var presiding = d.PresidingOfficer is null ? "" : $"{d.PresidingOfficer.Name}（执法证号{d.PresidingOfficer.CertificateNumber}）";
        return new(d.AgencyName, "听证通知书", c.Number.Replace("立", "听", StringComparison.Ordinal),
        [
            new ParagraphBlock($"{c.Party.Name}："),
            new ParagraphBlock($"根据你（单位）的申请，本机关决定于{Day(c.Hearing.ScheduledFor)}在{c.Hearing.Place}就{c.Title}举行听证。"),
            new ParagraphBlock($"听证主持人：{presiding}。你（单位）认为主持人与本案有直接利害关系的，有权申请回避。"),
            new ParagraphBlock("你（单位）可以委托一至二人代理参加听证。委托代理人的，应当在听证前提交授权委托书。无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利。"),
            new SignatureBlock([d.AgencyName], Day(c.Hearing.NoticeServedOn ?? d.Today)),
        ]);
    }

    private static EnforcementDocument ProofOfDelivery(CaseDocumentData d)
    {
        var c = d.Case;
        return new(d.AgencyName, "送达回证", "",
        [
            new FieldTableBlock(
            [
                new("送达文书名称及文号", $"行政处罚决定书 {c.Decision.Number}"),
                new("受送达人", c.Party.Name),
                new("送达地点", c.Party.Address ?? ""),
                new("送达方式", Delivery(c.Decision.DeliveryMethod)),
                new("送达日期", Day(c.Decision.DeliveredOn)),
                new("送达人及执法证号", Officers(d)),
            ]),
            new SignatureBlock(["受送达人（签名或盖章）：", "送达人（签名）："], Day(c.Decision.DeliveredOn ?? d.Today), SealNote: ""),
            new FooterNoteBlock("受送达人拒绝签收的，送达人应当注明拒收事由和日期，由见证人签名，或者以拍照、录像等方式记录送达过程。"),
        ]);
    }

    private static EnforcementDocument ClosingReport(CaseDocumentData d)
    {
        var c = d.Case;
        var execution = c.Execution.PaidOn is { } paid
            ? $"当事人于{Day(paid)}缴纳罚款{Yuan(c.Proposal.FineAmount)}元、加处罚款{Yuan(c.Execution.SurchargeAmount)}元，合计{Yuan(c.Execution.PaidAmount)}元（{ChineseAmount.ToCapital(c.Execution.PaidAmount)}）。"
            : c.Execution.ExecutionNote ?? "决定已执行完毕。";
        return new(d.AgencyName, "结案报告", c.Number,
        [
            new FieldTableBlock(
            [
                new("案由", c.Title),
                .. PartyRows(c.Party),
                new("立案日期", Day(c.FiledOn)),
                new("处罚决定书文号", c.Decision.Number ?? ""),
                new("处理结果", Penalty(c.Proposal)),
                new("执行情况", execution),
                new("结案日期", Day(c.Execution.ClosedOn)),
                new("承办人员", Officers(d)),
            ]),
            new SignatureBlock(["承办人员（签名）：", "负责人审批（签名）："], Day(c.Execution.ClosedOn ?? d.Today), SealNote: ""),
        ]);
    }

    internal static IEnumerable<FieldRow> PartyRows(Party party) => party.Kind == PartyKind.Unit
        ?
        [
            new("当事人", party.Name),
            new("统一社会信用代码", party.IdNumber ?? ""),
            new("法定代表人", party.LegalRepresentative ?? ""),
            new("地址", party.Address ?? ""),
        ]
        :
        [
            new("当事人", party.Name),
            new("身份证号码", party.IdNumber ?? ""),
            new("住址", party.Address ?? ""),
        ];

    internal static string Officers(CaseDocumentData d) =>
        string.Join("、", d.Officers.Select(o => $"{o.Name}（执法证号{o.CertificateNumber}）"));

    internal static string Penalty(Proposal p)
    {
        if (p.Outcome != DecisionOutcome.Penalty)
        {
            return p.Outcome switch
            {
                DecisionOutcome.NoPenaltyMinor => "违法行为轻微，不予行政处罚",
                DecisionOutcome.NoPenaltyNotEstablished => "违法事实不能成立，不予行政处罚",
                _ => "涉嫌犯罪，移送司法机关",
            };
        }

        var parts = new List<string>();
        if (p.Penalties.HasFlag(PenaltyKinds.Warning))
        {
            parts.Add("警告");
        }

        if (p.Penalties.HasFlag(PenaltyKinds.Fine))
        {
            parts.Add($"罚款人民币{Yuan(p.FineAmount)}元（{ChineseAmount.ToCapital(p.FineAmount)}）");
        }

        foreach (var (kind, text) in OtherPenalties)
        {
            if (p.Penalties.HasFlag(kind))
            {
                parts.Add(text);
            }
        }

        return string.Join("，", parts);
    }

    private static readonly (PenaltyKinds Kind, string Text)[] OtherPenalties =
    [
        (PenaltyKinds.PublicCriticism, "通报批评"),
        (PenaltyKinds.ConfiscateIllegalGains, "没收违法所得"),
        (PenaltyKinds.ConfiscateIllegalProperty, "没收非法财物"),
        (PenaltyKinds.SuspendLicence, "暂扣许可证件"),
        (PenaltyKinds.LowerQualification, "降低资质等级"),
        (PenaltyKinds.RevokeLicence, "吊销许可证件"),
        (PenaltyKinds.RestrictBusiness, "限制开展生产经营活动"),
        (PenaltyKinds.SuspendProduction, "责令停产停业"),
        (PenaltyKinds.OrderClosure, "责令关闭"),
        (PenaltyKinds.RestrictPractice, "限制从业"),
    ];

    internal static string Day(DateOnly? day) => day is { } d ? ChineseDate.Format(d, ChineseDateStyle.Arabic) : "";

    internal static string Yuan(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Source(CaseSourceKind source) => source switch
    {
        CaseSourceKind.Inspection => "检查发现",
        CaseSourceKind.Complaint => "投诉举报",
        CaseSourceKind.Referral => "移送",
        CaseSourceKind.RandomInspection => "双随机抽查",
        _ => "其他",
    };

    private static string Delivery(DeliveryMethod? method) => method switch
    {
        DeliveryMethod.Direct => "直接送达",
        DeliveryMethod.LeftAfterRefusal => "留置送达",
        DeliveryMethod.Postal => "邮寄送达",
        DeliveryMethod.Electronic => "电子送达",
        DeliveryMethod.PublicNotice => "公告送达",
        _ => "",
    };
}
