using Zhifa.Domain.Common;

namespace Zhifa.Domain.Supervision;

/// <summary>The articles that the supervision rules come from.</summary>
public static class SupervisionLaw
{
    /// <summary>The previous year's enforcement figures are published by 31 January.</summary>
    public static readonly LegalSource AnnualStatistics = new(
        "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）第二部分第（六）项",
        "State Council General Office Opinion No. 118 (2018) §(6)");

    /// <summary>Case files are reviewed by the agency and its superiors.</summary>
    public static readonly LegalSource CaseFileReview = new(
        "《住房和城乡建设行政处罚程序规定》第四十条；《山西省行政执法条例》第五条",
        "housing ministry penalty procedure rules Art. 40; Shanxi Administrative Enforcement Regulation Art. 5");

    /// <summary>The file is reviewed once the case is finished: after closing, nothing in it changes.</summary>
    public static readonly LegalSource ArchivedFileUnchanged = new(
        "《住房和城乡建设行政处罚程序规定》第四十条；《农业行政处罚程序规定》第八十六条",
        "housing ministry penalty procedure rules Art. 40; agriculture penalty procedure rules Art. 86");
}
