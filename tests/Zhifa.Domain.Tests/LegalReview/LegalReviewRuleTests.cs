using Zhifa.Domain.Access;
using Zhifa.Domain.Calendar;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.LegalReview;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Tests.Calendar;
using Zhifa.Domain.Tests.Cases;

namespace Zhifa.Domain.Tests.LegalReview;

/// <summary>
/// The legal review of a major decision through <see cref="CaseWorkflow"/>: the gate, materials, the reviewer's
/// independence, the points form, re-review and ruling, the time limit and the officer's marking. The fixture's
/// catalogue makes a unit fine of 50,000 yuan or more major.
/// </summary>
public sealed class LegalReviewRuleTests
{
    private readonly CaseFixture _f = new();

    [Fact]
    public void Non_major_case_needs_no_review()
    {
        Proposed("2026-06-01", 20_000);
        _f.Step(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-01");
        _f.Step(CaseAction.RecordStatement, _f.Officer1, "2026-06-02", new() { StatementWaived = true });

        Assert.True(_f.Act(CaseAction.Decide, _f.Head, "2026-06-02").IsSuccess);
    }

    [Fact]
    public void Major_decision_without_review_is_refused()
    {
        Proposed("2026-06-01", 20_000);
        _f.Step(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-01");
        _f.Step(CaseAction.RecordStatement, _f.Officer1, "2026-06-02", new() { StatementWaived = true });
        _f.Step(CaseAction.MarkMajor, _f.Officer1, "2026-06-02", new() { Reason = "涉及重大公共利益" });

        var error = Single(_f.Act(CaseAction.Decide, _f.Head, "2026-06-02"), "case.legal_review_required");
        Assert.Equal("《中华人民共和国行政处罚法》第五十八条", error.Arguments["source"]);
        Assert.Equal("Administrative Penalty Law Art. 58", error.Arguments["source_en"]);
        Assert.Contains("marked major: 涉及重大公共利益", error.Arguments["reasons"]);
        Assert.Equal(CaseStage.Notified, _f.Case.Stage);
    }

    [Fact]
    public void Major_decision_cannot_be_made_on_the_spot()
    {
        // A catalogue imported with a low unit threshold makes a 2,000 yuan on-the-spot fine major.
        _f.Catalogue[0].ThresholdUnit = 1_000m;
        _f.Matter.FineMinUnit = 1_000m;
        _f.Register("2026-06-01", PartyKind.Unit, ProcedureKind.SimplePenalty);

        var result = _f.Act(CaseAction.DecideOnSpot, _f.Officer1, "2026-06-01", new()
        {
            Penalties = PenaltyKinds.Fine,
            FineAmount = 2_000,
            Facts = "当场发现。",
            LegalBasis = "第四十九条",
        });

        Assert.Equal("《中华人民共和国行政处罚法》第五十八条", Single(result, "case.legal_review_required").Arguments["source"]);
        Assert.Null(_f.Case.Decision.DecidedOn);
    }

    [Fact]
    public void Public_interest_makes_case_major()
    {
        _f.Catalogue.Add(new() { Code = "FZ-006", Condition = MajorCondition.MajorPublicInterest, Description = "涉及重大公共利益的", LegalBasis = "行政处罚法第五十八条" });
        _f.Register("2026-06-01").Investigating("2026-06-01");
        var proposal = CaseFixture.Proposal(20_000);
        proposal.MajorPublicInterest = true;
        _f.Step(CaseAction.ProposeDecision, _f.Officer1, "2026-06-01", proposal);

        Assert.Equal(["FZ-006 涉及重大公共利益的"], MajorCase.Reasons(_f.Case, _f.Catalogue));
    }

    [Fact]
    public void Submission_lists_missing_materials()
    {
        Proposed("2026-06-01", 50_000);
        var request = new CaseActionRequest
        {
            Materials =
            [
                new() { Kind = MaterialKind.ProposedDecision, Reference = "step:5" },
                new() { Kind = MaterialKind.EvidenceList, Reference = "step:99" },
            ],
        };

        var result = _f.Act(CaseAction.SubmitLegalReview, _f.Officer1, "2026-06-02", request);

        var missing = Single(result, "legal_review.materials_missing");
        Assert.Equal("案件调查终结报告、自由裁量说明", missing.Arguments["missing"]);
        Assert.StartsWith("内蒙古自治区人民政府令第244号", missing.Arguments["source"]);
        var reference = Single(result, "legal_review.material_reference_invalid");
        Assert.Equal("materials[1].reference", reference.Arguments["field"]);
        Assert.Equal(CaseStage.Proposed, _f.Case.Stage);
    }

    [Fact]
    public void Hearing_record_is_required_after_a_hearing()
    {
        _f.Register("2026-06-01").Investigating("2026-06-01");
        _f.Case.Hearing.HeldOn = Day("2026-06-01");

        Assert.Contains(MaterialKind.HearingRecord, ReviewMaterials.Required(_f.Case));
        Assert.DoesNotContain(MaterialKind.StatementAndDefence, ReviewMaterials.Required(_f.Case));
    }

    [Fact]
    public void Case_officer_cannot_be_assigned_as_reviewer()
    {
        Proposed("2026-06-01", 50_000);
        _f.Submitted("2026-06-02");
        var colleague = _f.Officer1 with { Roles = new HashSet<string> { Roles.Officer, Roles.LegalReviewer } };
        _f.Staff[colleague.UserId] = colleague;

        var result = _f.Act(CaseAction.AssignLegalReviewer, _f.Reviewer, "2026-06-02", new() { ReviewerUserId = colleague.UserId });

        var error = Single(result, "legal_review.reviewer_not_independent");
        Assert.Equal("officer", error.Arguments["relation"]);
        Assert.StartsWith("《国务院办公厅关于全面推行", error.Arguments["source"]);
        Assert.Null(_f.Case.Review.AssignedReviewerUserId);
    }

    [Fact]
    public void Recusant_and_filing_approver_cannot_review()
    {
        Proposed("2026-06-01", 50_000);
        _f.Submitted("2026-06-02");
        _f.Case.Officers[1].DeclaredConflict = true;
        var recusant = _f.Officer2 with { Roles = new HashSet<string> { Roles.LegalReviewer } };
        var approver = new CaseActor(_f.Case.FilingApproverUserId!.Value, "王测试", new HashSet<string> { Roles.LegalReviewer }, null, null);
        _f.Staff[recusant.UserId] = recusant;
        _f.Staff[approver.UserId] = approver;

        var first = _f.Act(CaseAction.AssignLegalReviewer, _f.Reviewer, "2026-06-02", new() { ReviewerUserId = recusant.UserId });
        var second = _f.Act(CaseAction.AssignLegalReviewer, _f.Reviewer, "2026-06-02", new() { ReviewerUserId = approver.UserId });

        Assert.Equal("recusant", Single(first, "legal_review.reviewer_not_independent").Arguments["relation"]);
        Assert.Equal("filing_approver", Single(second, "legal_review.reviewer_not_independent").Arguments["relation"]);
    }

    [Fact]
    public void Reviewer_needs_the_role()
    {
        Proposed("2026-06-01", 50_000);
        _f.Submitted("2026-06-02");
        var head = new CaseActor(Guid.NewGuid(), "周样例", new HashSet<string> { Roles.DepartmentHead }, null, null);
        _f.Staff[head.UserId] = head;

        var lacking = _f.Act(CaseAction.AssignLegalReviewer, _f.Reviewer, "2026-06-02", new() { ReviewerUserId = head.UserId });
        var unknown = _f.Act(CaseAction.AssignLegalReviewer, _f.Reviewer, "2026-06-02", new() { ReviewerUserId = Guid.NewGuid() });

        Single(lacking, "legal_review.reviewer_lacks_role");
        Assert.Equal("reviewerUserId", Single(unknown, "legal_review.reviewer_not_found").Arguments["field"]);
    }

    [Fact]
    public void Only_the_assigned_reviewer_records()
    {
        Proposed("2026-06-01", 50_000);
        _f.Submitted("2026-06-02");
        var other = new CaseActor(Guid.NewGuid(), "钱样例", new HashSet<string> { Roles.LegalReviewer }, null, null);

        Single(_f.Act(CaseAction.RecordLegalReview, other, "2026-06-02", CaseFixture.Opinion(ReviewOutcome.Pass, null)), "legal_review.not_assigned");
        _f.Staff[_f.Reviewer.UserId] = _f.Reviewer;
        _f.Step(CaseAction.AssignLegalReviewer, _f.Reviewer, "2026-06-02", new() { ReviewerUserId = _f.Reviewer.UserId });
        var error = Single(_f.Act(CaseAction.RecordLegalReview, other, "2026-06-02", CaseFixture.Opinion(ReviewOutcome.Pass, null)), "legal_review.not_the_assigned_reviewer");
        Assert.Equal(ErrorKind.Forbidden, error.Kind);
    }

    [Fact]
    public void Opinion_form_is_checked_field_by_field()
    {
        Proposed("2026-06-01", 50_000);
        _f.Submitted("2026-06-02");
        _f.Staff[_f.Reviewer.UserId] = _f.Reviewer;
        _f.Step(CaseAction.AssignLegalReviewer, _f.Reviewer, "2026-06-02", new() { ReviewerUserId = _f.Reviewer.UserId });

        var empty = _f.Act(CaseAction.RecordLegalReview, _f.Reviewer, "2026-06-03", new() { ReviewOutcome = ReviewOutcome.NotPass });
        var fields = empty.Errors.Select(e => e.Arguments["field"]).ToList();
        Assert.Equal(
            [.. ReviewPoints.All.Select(p => $"reviewPoints.{ReviewPoints.Code(p)}.finding"), "opinion"],
            fields);

        var request = CaseFixture.Opinion(ReviewOutcome.Pass, null);
        request.ReviewPoints![3].Finding = PointFinding.NotSatisfied;
        request.ReviewPoints.Add(new() { Point = "mood", Finding = PointFinding.Satisfied });
        var failed = _f.Act(CaseAction.RecordLegalReview, _f.Reviewer, "2026-06-03", request);
        Assert.Equal(
            ["reviewPoints.mood", "reviewPoints.evidenceSufficient.note", "reviewOutcome"],
            failed.Errors.Select(e => e.Arguments["field"]).ToList());

        Assert.True(_f.Act(CaseAction.RecordLegalReview, _f.Reviewer, "2026-06-03", CaseFixture.Opinion(ReviewOutcome.Pass, null)).IsSuccess);
    }

    [Fact]
    public void Proposal_changed_after_pass_needs_new_review()
    {
        Proposed("2026-06-01", 50_000);
        _f.Submitted("2026-06-01").Reviewed("2026-06-02");
        _f.Step(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-02");
        _f.Step(CaseAction.RecordStatement, _f.Officer1, "2026-06-03", new() { StatementWaived = true });
        var revised = CaseFixture.Proposal(50_000, PenaltyKinds.Fine);
        revised.Reason = "删去警告";
        _f.Step(CaseAction.ReviseProposal, _f.Officer1, "2026-06-03", revised);

        var stale = Single(_f.Act(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-03"), "case.legal_review_required");
        Assert.Contains("revision 1", stale.Message);
        Assert.Equal("2", stale.Arguments["revision"]);

        _f.Submitted("2026-06-03").Reviewed("2026-06-04");
        _f.Step(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-04");
        _f.Step(CaseAction.RecordStatement, _f.Officer1, "2026-06-05", new() { StatementWaived = true });
        Assert.True(_f.Act(CaseAction.Decide, _f.Head, "2026-06-05").IsSuccess);
        Assert.Equal(_f.Case.Review.ReviewedRevision, _f.Case.Decision.DecidedRevision);
    }

    [Fact]
    public void Return_for_investigation_sends_the_case_back()
    {
        Proposed("2026-06-01", 50_000);
        _f.Submitted("2026-06-01");
        var stepsBefore = _f.Case.StepCount;

        _f.Reviewed("2026-06-02", ReviewOutcome.ReturnForInvestigation);

        Assert.Equal(CaseStage.Investigating, _f.Case.Stage);
        Assert.Equal(ReviewOutcome.ReturnForInvestigation, _f.Case.Review.Outcome);
        Assert.Equal(stepsBefore + 2, _f.Case.StepCount);
        _f.Step(CaseAction.ProposeDecision, _f.Officer1, "2026-06-03", CaseFixture.Proposal(50_000));
        Assert.Equal(2, _f.Case.Proposal.Revision);
        Single(_f.Act(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-03"), "case.legal_review_required");
    }

    [Fact]
    public void Disagreement_gets_one_re_review_then_a_ruling()
    {
        Proposed("2026-06-01", 50_000);
        _f.Submitted("2026-06-01").Reviewed("2026-06-02", ReviewOutcome.NotPass);
        Assert.Equal(CaseStage.Proposed, _f.Case.Stage);

        Single(_f.Act(CaseAction.RecordReviewRuling, _f.Leader, "2026-06-02", new() { RulingPassed = true, Conclusion = "同意" }), "legal_review.no_disagreement");
        _f.Step(CaseAction.RequestReReview, _f.Head, "2026-06-02", new() { Reason = "证据已充分" });
        Assert.Equal(CaseStage.InLegalReview, _f.Case.Stage);
        Assert.Equal(2, _f.Case.Review.Round);
        _f.Reviewed("2026-06-03", ReviewOutcome.NotPass);

        var again = Single(_f.Act(CaseAction.RequestReReview, _f.Head, "2026-06-03", new() { Reason = "仍有异议" }), "legal_review.re_review_used");
        Assert.StartsWith("内蒙古自治区人民政府令第244号", again.Arguments["source"]);
        Single(_f.Act(CaseAction.RecordReviewRuling, _f.Head, "2026-06-03", new() { RulingPassed = true, Conclusion = "同意" }), "case.actor_not_allowed");
        _f.Step(CaseAction.RecordReviewRuling, _f.Leader, "2026-06-03", new() { RulingPassed = true, Conclusion = "集体讨论：证据充分，同意处罚。" });

        Assert.Equal(CaseStage.Reviewed, _f.Case.Stage);
        Assert.True(_f.Case.Review.Passed(_f.Case.Proposal.Revision));
        _f.Step(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-03");
    }

    [Fact]
    public void Time_limit_extends_once()
    {
        Proposed("2026-06-01", 50_000);
        _f.Submitted("2026-06-01");

        // Five working days after Monday 06-01 end on Monday 06-08; the extension adds five more.
        Assert.Equal(Day("2026-06-08"), ReviewPeriods.Due(_f.Case, Notices.Both, new CaseSettings())!.Day);
        _f.Step(CaseAction.ExtendLegalReview, _f.Head, "2026-06-02", new() { Reason = "案情复杂" });
        Assert.Equal(Day("2026-06-15"), ReviewPeriods.Due(_f.Case, Notices.Both, new CaseSettings())!.Day);
        Single(_f.Act(CaseAction.ExtendLegalReview, _f.Head, "2026-06-03", new() { Reason = "再延" }), "legal_review.already_extended");

        var deadline = Assert.Single(CaseDeadlines.Running(_f.Case, Notices.Both, Day("2026-06-12"), new CaseSettings()), d => d.Code == "legal_review");
        Assert.Equal(DeadlineState.DueSoon, deadline.State);
    }

    [Fact]
    public void Unmarking_needs_a_legal_reviewer()
    {
        Proposed("2026-06-01", 20_000);
        _f.Step(CaseAction.MarkMajor, _f.Officer1, "2026-06-01", new() { Reason = "社会影响较大" });

        Assert.Equal(ErrorKind.Forbidden, Single(_f.Act(CaseAction.UnmarkMajor, _f.Officer1, "2026-06-01", new() { Reason = "不重大" }), "case.actor_not_allowed").Kind);
        _f.Step(CaseAction.UnmarkMajor, _f.Reviewer, "2026-06-02", new() { Reason = "不属于目录情形" });

        Assert.Empty(MajorCase.Reasons(_f.Case, _f.Catalogue));
        Single(_f.Act(CaseAction.UnmarkMajor, _f.Reviewer, "2026-06-02", new() { Reason = "again" }), "legal_review.not_marked");
    }

    [Fact]
    public void Flowchart_lists_every_review_transition()
    {
        var charted = LegalReviewProcedure.Transitions.Select(t => t.Action).ToHashSet();
        var review = LegalReviewTransitions.All([]).Select(t => t.Code);

        Assert.All(review, code => Assert.Contains(code, charted));
        var stages = LegalReviewProcedure.Stages.Select(s => s.Code).ToHashSet();
        Assert.All(LegalReviewProcedure.Transitions, t => Assert.Contains(t.To, stages));
    }

    private void Proposed(string day, decimal fine)
    {
        _f.Register(day).Investigating(day);
        _f.Step(CaseAction.ProposeDecision, _f.Officer1, day, CaseFixture.Proposal(fine));
    }

    private static DateOnly Day(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd");

    private static Error Single(Result<CaseStep> result, string code)
    {
        Assert.False(result.IsSuccess, "The step was expected to be refused.");
        return Assert.Single(result.Errors, e => e.Code == code);
    }
}
