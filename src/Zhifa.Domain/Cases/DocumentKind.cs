namespace Zhifa.Domain.Cases;

/// <summary>The enforcement documents (执法文书) the system generates from case data.</summary>
public enum DocumentKind
{
    /// <summary>立案审批表.</summary>
    FilingApproval,

    /// <summary>现场检查笔录.</summary>
    OnSiteInspectionRecord,

    /// <summary>询问笔录.</summary>
    InquiryRecord,

    /// <summary>行政处罚事先告知书.</summary>
    PriorNotification,

    /// <summary>听证通知书.</summary>
    HearingNotice,

    /// <summary>行政处罚决定书.</summary>
    PenaltyDecision,

    /// <summary>送达回证.</summary>
    ProofOfDelivery,

    /// <summary>结案报告.</summary>
    ClosingReport,
}
