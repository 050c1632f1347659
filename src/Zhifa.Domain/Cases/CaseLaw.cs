using Zhifa.Domain.Common;

namespace Zhifa.Domain.Cases;

/// <summary>
/// The articles that the case rules come from. "APL" is the Administrative Penalty Law (行政处罚法, 2021);
/// the model procedure rules are the housing ministry's penalty procedure rules (住房和城乡建设行政处罚程序规定),
/// which the agency follows where the law leaves the detail to departmental rules.
/// </summary>
public static class CaseLaw
{
    public static readonly LegalSource TwoCertifiedOfficers = new(
        "《中华人民共和国行政处罚法》第四十二条", "Administrative Penalty Law Art. 42");

    public static readonly LegalSource Recusal = new(
        "《中华人民共和国行政处罚法》第四十三条", "Administrative Penalty Law Art. 43");

    public static readonly LegalSource LimitationPeriod = new(
        "《中华人民共和国行政处罚法》第三十六条", "Administrative Penalty Law Art. 36");

    public static readonly LegalSource FilingApproval = new(
        "《中华人民共和国行政处罚法》第五十四条；《住房和城乡建设行政处罚程序规定》第十五条",
        "Administrative Penalty Law Art. 54; housing ministry penalty procedure rules Art. 15");

    /// <summary>The steps a head takes: approving filing and deciding after reviewing the investigation.</summary>
    public static readonly LegalSource HeadsDecide = new(
        "《中华人民共和国行政处罚法》第五十七条；《住房和城乡建设行政处罚程序规定》第十五条",
        "Administrative Penalty Law Art. 57; housing ministry penalty procedure rules Art. 15");

    public static readonly LegalSource PenaltyTypes = new(
        "《中华人民共和国行政处罚法》第九条、第十八条", "Administrative Penalty Law Art. 9, 18");

    public static readonly LegalSource PriorNotification = new(
        "《中华人民共和国行政处罚法》第四十四条、第六十二条", "Administrative Penalty Law Art. 44, 62");

    public static readonly LegalSource StatementPeriod = new(
        "《中华人民共和国行政处罚法》第六十二条；《住房和城乡建设行政处罚程序规定》第二十二条",
        "Administrative Penalty Law Art. 62; housing ministry penalty procedure rules Art. 22");

    public static readonly LegalSource NoIncreaseForDefence = new(
        "《中华人民共和国行政处罚法》第四十五条", "Administrative Penalty Law Art. 45");

    public static readonly LegalSource HearingRight = new(
        "《中华人民共和国行政处罚法》第六十三条", "Administrative Penalty Law Art. 63");

    public static readonly LegalSource HearingProcedure = new(
        "《中华人民共和国行政处罚法》第六十四条", "Administrative Penalty Law Art. 64");

    public static readonly LegalSource CollectiveDiscussion = new(
        "《中华人民共和国行政处罚法》第五十七条第二款", "Administrative Penalty Law Art. 57 para. 2");

    public static readonly LegalSource LegalReview = new(
        "《中华人民共和国行政处罚法》第五十八条", "Administrative Penalty Law Art. 58");

    public static readonly LegalSource DecisionTimeLimit = new(
        "《中华人民共和国行政处罚法》第六十条；《住房和城乡建设行政处罚程序规定》第二十九条",
        "Administrative Penalty Law Art. 60; housing ministry penalty procedure rules Art. 29");

    public static readonly LegalSource Delivery = new(
        "《中华人民共和国行政处罚法》第六十一条", "Administrative Penalty Law Art. 61");

    public static readonly LegalSource Payment = new(
        "《中华人民共和国行政处罚法》第六十七条、第七十二条", "Administrative Penalty Law Art. 67, 72");

    public static readonly LegalSource SimpleProcedure = new(
        "《中华人民共和国行政处罚法》第五十一条", "Administrative Penalty Law Art. 51");

    public static readonly LegalSource SimpleProcedureFiling = new(
        "《中华人民共和国行政处罚法》第五十二条；《住房和城乡建设行政处罚程序规定》第十四条",
        "Administrative Penalty Law Art. 52; housing ministry penalty procedure rules Art. 14");

    public static readonly LegalSource Closing = new(
        "《住房和城乡建设行政处罚程序规定》第三十一条", "housing ministry penalty procedure rules Art. 31");

    public static readonly LegalSource DecisionOnlyChangedByProcedure = new(
        "《住房和城乡建设行政处罚程序规定》第二十八条", "housing ministry penalty procedure rules Art. 28");

    public static readonly LegalSource FullProcessRecord = new(
        "《中华人民共和国行政处罚法》第四十七条", "Administrative Penalty Law Art. 47");

    public static readonly LegalSource ReviewIndependence = new(
        "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）第十二条",
        "State Council General Office Opinion No. 118 (2018) item 12");

    /// <summary>The fine range of a matter comes from the article the matter cites.</summary>
    public static LegalSource MatterBasis(string law, string article) => new($"《{law}》{article}", $"{law} {article}");
}
