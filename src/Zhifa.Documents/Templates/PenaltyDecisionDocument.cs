using Zhifa.Documents.Model;
using Zhifa.Domain.Cases;

namespace Zhifa.Documents.Templates;

/// <summary>
/// The penalty decision (行政处罚决定书) with the content Administrative Penalty Law Art. 59 requires: the party,
/// facts and evidence, penalty and basis, how and by when to perform it, the remedies with their organs and
/// time limits, the agency and the date, under its seal; plus the officers' certificate numbers.
/// </summary>
internal static class PenaltyDecisionDocument
{
    public static EnforcementDocument Build(CaseDocumentData d)
    {
        var c = d.Case;
        var p = c.Proposal;
        var blocks = new List<DocumentBlock>
        {
            new FieldTableBlock([.. CaseDocumentTemplates.PartyRows(c.Party)]),
            new HeadingBlock("一、违法事实和证据"),
            new ParagraphBlock($"经查，{p.Facts}"),
            new ParagraphBlock($"以上事实有{p.Evidence}等证据为证，证据确凿。"),
            new HeadingBlock("二、陈述、申辩和听证情况"),
            new ParagraphBlock(Hearing(c)),
            new HeadingBlock("三、处罚依据和处罚决定"),
            new ParagraphBlock($"你（单位）的上述行为违反了{p.LegalBasis}的规定。依据《{d.Matter.LegalBasisLaw}》{d.Matter.LegalBasisArticle}" +
                (string.IsNullOrEmpty(p.DiscretionReason) ? "" : $"，综合考虑{p.DiscretionReason}") +
                $"，本机关决定对你（单位）作出如下行政处罚：{CaseDocumentTemplates.Penalty(p)}。"),
        };
        if (!string.IsNullOrEmpty(p.CorrectionOrder))
        {
            blocks.Add(new ParagraphBlock($"同时责令你（单位）改正违法行为：{p.CorrectionOrder}"));
        }

        if (p.Penalties.HasFlag(PenaltyKinds.Fine))
        {
            blocks.Add(new HeadingBlock("四、履行方式和期限"));
            blocks.Add(new ParagraphBlock("请自收到本决定书之日起十五日内，持本决定书到指定银行或者通过电子支付系统缴纳罚款。到期不缴纳罚款的，本机关将每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额，并依法申请人民法院强制执行。"));
        }

        blocks.Add(new HeadingBlock(p.Penalties.HasFlag(PenaltyKinds.Fine) ? "五、救济途径和期限" : "四、救济途径和期限"));
        blocks.Add(new ParagraphBlock($"如不服本处罚决定，可以在收到本决定书之日起六十日内向{d.GovernmentName}申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。行政复议和行政诉讼期间，本决定不停止执行，法律另有规定的除外。"));
        blocks.Add(new SignatureBlock([d.AgencyName], CaseDocumentTemplates.Day(c.Decision.DecidedOn ?? d.Today)));
        blocks.Add(new FooterNoteBlock($"执法人员及执法证号：{CaseDocumentTemplates.Officers(d)}"));
        return new EnforcementDocument(d.AgencyName, "行政处罚决定书", c.Decision.Number ?? "", blocks);
    }

    private static string Hearing(EnforcementCase c)
    {
        var notice = c.Notice.ServedOn is { } served
            ? $"本机关于{CaseDocumentTemplates.Day(served)}向你（单位）送达了《行政处罚事先告知书》，告知了拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩" +
              (c.Notice.HearingRightOffered ? "和要求听证的权利。" : "的权利。")
            : "";
        var statement = c.Notice.StatementSummary is { } said
            ? $"你（单位）提出：{said}经复核，{c.Notice.RecheckOpinion}"
            : "你（单位）在规定期限内未提出陈述、申辩。";
        var hearing = c.Hearing.HeldOn is { } held
            ? $"本机关于{CaseDocumentTemplates.Day(held)}依法举行了听证。{c.Hearing.TranscriptSummary}"
            : "";
        return notice + statement + hearing;
    }
}
