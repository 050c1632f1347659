using Zhifa.Domain.Common;

namespace Zhifa.Domain.LegalReview;

/// <summary>
/// The sources of the legal review rules. Opinion No. 118 sets the review's content and asks each agency to fix
/// its materials, time limit and disagreement procedure; Shanxi's own rules were not found, so the numbers
/// follow the Inner Mongolia model rules (Government Order No. 244, Art. 26–32).
/// </summary>
public static class LegalReviewLaw
{
    public static readonly LegalSource ReviewRequired = new(
        "《中华人民共和国行政处罚法》第五十八条", "Administrative Penalty Law Art. 58");

    public static readonly LegalSource ReviewContent = new(
        "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）第十三条",
        "State Council General Office Opinion No. 118 (2018) item 13");

    public static readonly LegalSource ReviewOrganisation = new(
        "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）第十一条、第十四条",
        "State Council General Office Opinion No. 118 (2018) items 11 and 14");

    public static readonly LegalSource ModelRules = new(
        "内蒙古自治区人民政府令第244号第二十六条至第三十二条（本机关参照执行）",
        "Inner Mongolia Government Order No. 244 Art. 26–32, followed by the agency as its model rules");
}
