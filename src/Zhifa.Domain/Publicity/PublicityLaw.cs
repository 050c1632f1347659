using Zhifa.Domain.Common;

namespace Zhifa.Domain.Publicity;

/// <summary>The articles the publication rules come from (see RULES.md sections 1.2, 2.1, 7.7 and 9).</summary>
public static class PublicityLaw
{
    public static readonly LegalSource PublishPenalty = new(
        "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）第（六）项；《住房和城乡建设行政处罚程序规定》第十条",
        "Opinion No. 118 (2018) item 6; housing ministry penalty procedure rules Art. 10");

    public static readonly LegalSource PublishInspectionResult = new(
        "国办发〔2018〕118号第（六）项；《企业公示信息抽查暂行办法》第十一条",
        "Opinion No. 118 (2018) item 6; interim measures for random checks of enterprise information Art. 11");

    public static readonly LegalSource Withdrawal = new(
        "《中华人民共和国行政处罚法》第四十八条、第八十五条",
        "Administrative Penalty Law Art. 48, 85");

    public static readonly LegalSource Masking = new(
        "《政府信息公开条例》第十五条；参照《浙江省行政处罚结果信息网上公开暂行办法》第七条",
        "Regulation on Open Government Information Art. 15; following, as a model, Zhejiang rules on publishing penalty results Art. 7");

    public static readonly LegalSource NotPublished = new(
        "《政府信息公开条例》第十四条、第十五条；《未成年人保护法》第四条",
        "Regulation on Open Government Information Art. 14, 15; Minors Protection Law Art. 4");

    public static readonly LegalSource WhoPublishes = new(
        "国办发〔2018〕118号第二部分（谁执法谁公示）",
        "Opinion No. 118 (2018) part 2 (whoever enforces publishes)");
}
