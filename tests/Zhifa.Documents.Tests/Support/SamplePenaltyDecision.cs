using Zhifa.Documents.Model;

namespace Zhifa.Documents.Tests.Support;

/// <summary>
/// A made-up 行政处罚决定书 containing the text that breaks naive renderers: full-width brackets and
/// punctuation, a currency amount, a name with a middle dot, mixed Latin and digits, and enough text for
/// two pages.
/// </summary>
internal static class SamplePenaltyDecision
{
    public const string IssuingBody = "测试市人民防空办公室";
    public const string Title = "行政处罚决定书";
    public const string DocumentNumber = "测市监罚〔2025〕0001号";
    public const string Party = "测试（上海）样例有限公司";
    public const string Punctuation = "：；“”、《》——……";
    public const string Amount = "¥1,000.00";
    public const string NameWithMiddleDot = "阿依古丽·测试";
    public const string MixedLatin = "ABC123";
    public const string CreditCode = "91310000MA1TEST00X";

    /// <summary>Name of an officer that appears in the body but must never reach the file metadata.</summary>
    public const string StaffName = "测试执法员";

    public const string LongParagraph =
        "经查，当事人于2025年3月至2025年5月期间，在测试市样例区样例路1号建设的“样例广场”项目（项目编号ABC123）"
        + "中，未按照国家有关规定修建战时可用于防空的地下室，也未依法缴纳防空地下室易地建设费；"
        + "本机关执法人员" + StaffName + "、" + NameWithMiddleDot + "于2025年6月3日进行现场检查，"
        + "制作了现场检查笔录，并调取了建设工程规划许可证、施工图设计文件审查合格书等材料。"
        + "上述事实有现场检查笔录、询问笔录、照片及相关书证为证，证据确实、充分，足以认定。";

    public const string PenaltyParagraph =
        "依据《中华人民共和国人民防空法》第四十八条的规定，本机关决定对当事人作出如下行政处罚：给予警告，并处罚款"
        + Amount + "（大写：人民币壹仟元整）。";

    public static string DecisionDate => ChineseDate.Format(new DateOnly(2025, 7, 1), ChineseDateStyle.ChineseNumerals);

    public static EnforcementDocument Create()
    {
        var blocks = new List<DocumentBlock>
        {
            new FieldTableBlock(
            [
                new FieldRow("当事人", Party),
                new FieldRow("统一社会信用代码", CreditCode),
                new FieldRow("地址", "测试市样例区样例路1号"),
                new FieldRow("法定代表人", NameWithMiddleDot),
                new FieldRow("标点样例", Punctuation),
            ]),
            new HeadingBlock("一、违法事实和证据"),
            new ParagraphBlock(LongParagraph),
            new HeadingBlock("二、陈述、申辩情况"),
            new ParagraphBlock(
                "本机关于2025年6月10日向当事人送达了《行政处罚事先告知书》，告知其拟作出行政处罚的事实、理由、依据"
                + "及依法享有的陈述、申辩权利。当事人在法定期限内未提出陈述、申辩意见。"),
            new HeadingBlock("三、处罚依据和处罚决定"),
            new ParagraphBlock(PenaltyParagraph),
            new ParagraphBlock(
                "当事人应当自收到本决定书之日起十五日内，持本决定书到指定银行缴纳罚款。"
                + "到期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。"),
            new HeadingBlock("四、救济途径和期限"),
            new ParagraphBlock(
                "当事人如不服本决定，可以在收到本决定书之日起六十日内向测试市人民政府申请行政复议，"
                + "或者在六个月内依法向测试市样例区人民法院提起行政诉讼。"),
            new SignatureBlock([IssuingBody], DecisionDate),
            new FooterNoteBlock("本决定书一式三份，一份送达当事人，一份存档，一份交执行机构。"),
        };

        // In the PDF these blocks fill about one and a half A4 pages, so the signature prints on page 2.
        return new EnforcementDocument(IssuingBody, Title, DocumentNumber, blocks);
    }

    /// <summary>Strings that must come back unchanged from the rendered file.</summary>
    public static IReadOnlyList<string> ExpectedStrings =>
    [
        IssuingBody,
        Title,
        DocumentNumber,
        Party,
        Punctuation,
        Amount,
        NameWithMiddleDot,
        MixedLatin,
        CreditCode,
        DecisionDate,
        SignatureBlock.DefaultSealNote,
    ];
}
