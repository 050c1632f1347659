namespace Zhifa.Domain.Cases;

/// <summary>
/// Where a case stands. Each procedure uses its own subset; the transitions between them are defined in
/// <c>Procedures/</c> and nowhere else.
/// </summary>
public enum CaseStage
{
    /// <summary>案源登记: a clue or source is registered and awaits the filing decision.</summary>
    Registered,

    /// <summary>立案: filing approved by a head.</summary>
    Filed,

    /// <summary>调查取证: investigation and evidence collection.</summary>
    Investigating,

    /// <summary>案件审查: the investigation report and the proposed decision are written.</summary>
    Proposed,

    /// <summary>法制审核: submitted for legal review.</summary>
    InLegalReview,

    /// <summary>审核通过: the legal review passed the current proposal.</summary>
    Reviewed,

    /// <summary>已告知: the prior notification is served; the statement-and-defence period runs.</summary>
    Notified,

    /// <summary>申请听证: the party requested a hearing.</summary>
    HearingRequested,

    /// <summary>已通知听证: the hearing notice is served and the hearing is scheduled.</summary>
    HearingScheduled,

    /// <summary>已听证: the hearing is held and its transcript recorded.</summary>
    Heard,

    /// <summary>集体讨论: the agency's leaders discussed the case collectively.</summary>
    Discussed,

    /// <summary>已决定: the decision is made.</summary>
    Decided,

    /// <summary>已送达: the decision is delivered to the party.</summary>
    Delivered,

    /// <summary>执行完毕: the decision is performed (fine paid, order complied with).</summary>
    Executed,

    /// <summary>当场处罚: an on-the-spot decision is made (simple procedure).</summary>
    DecidedOnSpot,

    /// <summary>已备案: the on-the-spot decision is filed with the agency.</summary>
    FiledWithAgency,

    /// <summary>检查计划: an inspection is planned.</summary>
    InspectionPlanned,

    /// <summary>现场检查: the on-site inspection is done and its record written.</summary>
    Inspected,

    /// <summary>检查结果: the inspection's result is recorded.</summary>
    ResultRecorded,

    /// <summary>责令整改: the target is ordered to rectify by a deadline.</summary>
    RectificationOrdered,

    /// <summary>复查: the rectification is re-inspected.</summary>
    Reinspected,

    /// <summary>结案: the case is closed.</summary>
    Closed,

    /// <summary>归档: the dossier is archived.</summary>
    Archived,
}
