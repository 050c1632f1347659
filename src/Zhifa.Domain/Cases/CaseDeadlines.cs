using Zhifa.Domain.Calendar;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Cases;

/// <summary>
/// The deadlines that run at the case's current stage, each with its state today: yellow when due soon, red
/// once missed. A deadline that reaches into a year without a published holiday notice is provisional.
/// </summary>
public static class CaseDeadlines
{
    public static IReadOnlyList<CaseDeadline> Running(EnforcementCase c, WorkingDayCalendar calendar, DateOnly today, CaseSettings settings)
    {
        var list = new List<CaseDeadline>();

        void Add(string code, Deadline? due, LegalSource source)
        {
            if (due is not null)
            {
                list.Add(new CaseDeadline(code, due, source, calendar.StateOf(due.Day, today, settings.DueSoonWorkingDays)));
            }
        }

        switch (c.Stage)
        {
            case CaseStage.Registered when c.Procedure == ProcedureKind.GeneralPenalty:
                Add("clue_verification", CasePeriods.ClueVerification(c, calendar), CaseLaw.FilingApproval);
                break;
            case CaseStage.Notified:
                Add("statement", CasePeriods.StatementEnds(c, calendar), CaseLaw.StatementPeriod);
                Add("hearing_request", CasePeriods.HearingRequestEnds(c, calendar), CaseLaw.HearingProcedure);
                break;
            case CaseStage.InLegalReview:
                Add("legal_review", LegalReview.ReviewPeriods.Due(c, calendar, settings), LegalReview.LegalReviewLaw.ModelRules);
                break;
            case CaseStage.Decided:
                Add("delivery", CasePeriods.DeliveryDue(c, calendar), CaseLaw.Delivery);
                break;
            case CaseStage.Delivered:
                Add("payment", CasePeriods.PaymentDue(c, calendar), CaseLaw.Payment);
                break;
            case CaseStage.Executed:
                Add("closing", CasePeriods.ClosingDue(c, calendar), CaseLaw.Closing);
                break;
            case CaseStage.DecidedOnSpot:
                Add("simple_filing", CasePeriods.SimpleFilingDue(c, calendar), CaseLaw.SimpleProcedureFiling);
                break;
            case CaseStage.RectificationOrdered when c.Inspection.RectificationDeadline is { } rectify:
                Add("rectification", new Deadline(rectify, []), CaseLaw.FullProcessRecord);
                break;
        }

        if (c.Decision.DecidedOn is null && c.FiledOn is not null && !c.IsFinished)
        {
            Add("decision", CasePeriods.DecisionDue(c, calendar), CaseLaw.DecisionTimeLimit);
        }

        return list;
    }
}
