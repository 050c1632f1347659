namespace Zhifa.Domain.Cases;

/// <summary>
/// The actions a person can take on a case. Each procedure defines which of them it knows, from which
/// stages, and with which guards; <see cref="CaseActions"/> gives each its stable URL code.
/// </summary>
public enum CaseAction
{
    ApproveFiling,
    DeclareRecusal,
    ChangeOfficers,
    StartInvestigation,
    ProposeDecision,
    ReviseProposal,
    MarkMajor,
    UnmarkMajor,
    SubmitLegalReview,
    AssignLegalReviewer,
    ExtendLegalReview,
    RecordLegalReview,
    RequestReReview,
    RecordReviewRuling,
    ServePriorNotice,
    RecordStatement,
    RequestHearing,
    ScheduleHearing,
    HoldHearing,
    HoldCollectiveDiscussion,
    ExtendTimeLimit,
    Decide,
    Deliver,
    RecordExecution,
    DecideOnSpot,
    FileWithAgency,
    Inspect,
    RecordResult,
    OrderRectification,
    Reinspect,
    Close,
    Archive,
    Reopen,
}

/// <summary>The stable codes of <see cref="CaseAction"/>, used in URLs, the record and translations.</summary>
public static class CaseActions
{
    public static string Code(CaseAction action) => action switch
    {
        CaseAction.ApproveFiling => "approve-filing",
        CaseAction.DeclareRecusal => "declare-recusal",
        CaseAction.ChangeOfficers => "change-officers",
        CaseAction.StartInvestigation => "start-investigation",
        CaseAction.ProposeDecision => "propose-decision",
        CaseAction.ReviseProposal => "revise-proposal",
        CaseAction.MarkMajor => "mark-major",
        CaseAction.UnmarkMajor => "unmark-major",
        CaseAction.SubmitLegalReview => "submit-legal-review",
        CaseAction.AssignLegalReviewer => "assign-legal-reviewer",
        CaseAction.ExtendLegalReview => "extend-legal-review",
        CaseAction.RecordLegalReview => "record-legal-review",
        CaseAction.RequestReReview => "request-re-review",
        CaseAction.RecordReviewRuling => "record-review-ruling",
        CaseAction.ServePriorNotice => "serve-prior-notice",
        CaseAction.RecordStatement => "record-statement",
        CaseAction.RequestHearing => "request-hearing",
        CaseAction.ScheduleHearing => "schedule-hearing",
        CaseAction.HoldHearing => "hold-hearing",
        CaseAction.HoldCollectiveDiscussion => "hold-collective-discussion",
        CaseAction.ExtendTimeLimit => "extend-time-limit",
        CaseAction.Decide => "decide",
        CaseAction.Deliver => "deliver",
        CaseAction.RecordExecution => "record-execution",
        CaseAction.DecideOnSpot => "decide-on-spot",
        CaseAction.FileWithAgency => "file-with-agency",
        CaseAction.Inspect => "inspect",
        CaseAction.RecordResult => "record-result",
        CaseAction.OrderRectification => "order-rectification",
        CaseAction.Reinspect => "reinspect",
        CaseAction.Close => "close",
        CaseAction.Archive => "archive",
        CaseAction.Reopen => "reopen",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "An action without a code."),
    };

    public static bool TryParse(string code, out CaseAction action)
    {
        foreach (var candidate in Enum.GetValues<CaseAction>())
        {
            if (Code(candidate) == code)
            {
                action = candidate;
                return true;
            }
        }

        action = default;
        return false;
    }
}
