using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Tests.Cases;

/// <summary>One test per rule of the penalty procedure: each refusal, its code and the article it names.</summary>
public sealed class CaseRuleTests
{
    private readonly CaseFixture _f = new();

    [Fact]
    public void Filing_needs_two_certified_officers()
    {
        _f.Register("2026-06-01");
        var result = _f.Act(CaseAction.ApproveFiling, _f.Head, "2026-06-01", new() { OfficerIds = [_f.Zhang.Id] });

        var error = Single(result, "case.officers_not_qualified");
        Assert.Equal("《中华人民共和国行政处罚法》第四十二条", error.Arguments["source"]);
        Assert.Equal("1", error.Arguments["qualified"]);
    }

    [Fact]
    public void Filing_needs_a_head()
    {
        _f.Register("2026-06-01");
        var result = _f.Act(CaseAction.ApproveFiling, _f.Officer1, "2026-06-01", new() { OfficerIds = [_f.Zhang.Id, _f.Li.Id] });

        var error = Single(result, "case.actor_not_allowed");
        Assert.Equal(ErrorKind.Forbidden, error.Kind);
        Assert.Equal("部门负责人或者机关负责人", error.Arguments["who"]);
        Assert.Equal("《中华人民共和国行政处罚法》第五十七条；《住房和城乡建设行政处罚程序规定》第十五条", error.Arguments["source"]);
    }

    [Fact]
    public void Certificate_expiring_mid_case_blocks_later_steps()
    {
        _f.Li.ValidTo = Day("2026-06-10");
        _f.Register("2026-06-01").Investigating("2026-06-01");

        _f.Step(CaseAction.ProposeDecision, _f.Officer1, "2026-06-10", CaseFixture.Proposal(20_000));
        var after = _f.Act(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-11");

        var error = Single(after, "case.officers_not_qualified");
        Assert.Contains("李样例 (14040002): certificate expired on 2026-06-10", error.Message);
        _f.Step(CaseAction.ChangeOfficers, _f.Head, "2026-06-11", new() { OfficerIds = [_f.Zhang.Id, _f.Wang.Id], Reason = "李样例证件到期" });
        Assert.True(_f.Act(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-11").IsSuccess);
    }

    [Fact]
    public void Investigation_needs_recusal_declarations()
    {
        _f.Register("2026-06-01");
        _f.Step(CaseAction.ApproveFiling, _f.Head, "2026-06-01", new() { OfficerIds = [_f.Zhang.Id, _f.Li.Id] });
        _f.Step(CaseAction.DeclareRecusal, _f.Officer1, "2026-06-01", new() { Conflict = false });

        var error = Single(_f.Act(CaseAction.StartInvestigation, _f.Officer1, "2026-06-01"), "case.recusal_not_declared");
        Assert.Equal("李样例", error.Arguments["officers"]);
        Assert.Equal("《中华人民共和国行政处罚法》第四十三条", error.Arguments["source"]);
    }

    [Fact]
    public void Recusal_for_colleague_needs_head()
    {
        _f.Register("2026-06-01");
        _f.Step(CaseAction.ApproveFiling, _f.Head, "2026-06-01", new() { OfficerIds = [_f.Zhang.Id, _f.Li.Id] });

        var error = Single(
            _f.Act(CaseAction.DeclareRecusal, _f.Officer1, "2026-06-01", new() { Conflict = false, OfficerId = _f.Li.Id }),
            "case.recusal_for_another_officer");
        Assert.Equal("李样例", error.Arguments["officer"]);
        Assert.Equal("《中华人民共和国行政处罚法》第四十三条", error.Arguments["source"]);
        Assert.All(_f.Case.Officers, o => Assert.Null(o.DeclaredOn));

        // Naming oneself, or a head naming the officer, is recorded for the named officer.
        _f.Step(CaseAction.DeclareRecusal, _f.Officer1, "2026-06-01", new() { Conflict = false, OfficerId = _f.Zhang.Id });
        _f.Step(CaseAction.DeclareRecusal, _f.Head, "2026-06-01", new() { Conflict = false, OfficerId = _f.Li.Id });
        Assert.All(_f.Case.Officers, o => Assert.Equal(Day("2026-06-01"), o.DeclaredOn));
    }

    [Theory]
    [InlineData(PartyKind.Unit, 9_999, true)]
    [InlineData(PartyKind.Unit, 10_000, false)]
    [InlineData(PartyKind.Unit, 50_001, true)]
    [InlineData(PartyKind.Individual, 5_000, false)]
    [InlineData(PartyKind.Individual, 5_000.01, true)]
    public void Fine_must_lie_in_the_matter_range(PartyKind kind, double fine, bool refused)
    {
        _f.Register("2026-06-01", kind).Investigating("2026-06-01");

        var result = _f.Act(CaseAction.ProposeDecision, _f.Officer1, "2026-06-02", CaseFixture.Proposal((decimal)fine));

        Assert.Equal(refused, !result.IsSuccess);
        if (refused)
        {
            Assert.Equal("《中华人民共和国人民防空法》第四十九条", Single(result, "case.fine_out_of_range").Arguments["source"]);
        }
    }

    [Theory]
    [InlineData(PartyKind.Individual, 200, false)]
    [InlineData(PartyKind.Individual, 201, true)]
    [InlineData(PartyKind.Unit, 3_000, false)]
    [InlineData(PartyKind.Unit, 3_001, true)]
    public void Simple_procedure_stays_within_its_limits(PartyKind kind, int fine, bool refused)
    {
        _f.Matter.FineMinUnit = 1_000m;
        _f.Register("2026-06-01", kind, ProcedureKind.SimplePenalty);

        var result = _f.Act(CaseAction.DecideOnSpot, _f.Officer1, "2026-06-01", new()
        {
            Penalties = PenaltyKinds.Fine,
            FineAmount = fine,
            Facts = "当场发现。",
            LegalBasis = "第四十九条",
        });

        Assert.Equal(refused, !result.IsSuccess);
        if (refused)
        {
            Assert.Equal("《中华人民共和国行政处罚法》第五十一条", Single(result, "case.simple_procedure_exceeded").Arguments["source"]);
        }
    }

    [Fact]
    public void Decision_needs_prior_notification()
    {
        _f.Register("2026-06-01").Investigating("2026-06-01");
        _f.Step(CaseAction.ProposeDecision, _f.Officer1, "2026-06-02", CaseFixture.Proposal(20_000));
        _f.Step(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-02");
        _f.Step(CaseAction.ReviseProposal, _f.Officer1, "2026-06-03", WithReason(CaseFixture.Proposal(15_000)));

        // The revised proposal was never notified: back in Proposed, deciding is not a step of that stage.
        Assert.Equal(CaseStage.Proposed, _f.Case.Stage);
        _f.Step(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-03");
        _f.Case.Notice.ProposalRevision = 1;

        var error = Single(_f.Act(CaseAction.Decide, _f.Head, "2026-06-12"), "case.notice_missing");
        Assert.Equal("《中华人民共和国行政处罚法》第四十四条、第六十二条", error.Arguments["source"]);
    }

    [Fact]
    public void Decision_waits_for_the_statement_period_across_national_day()
    {
        _f.Register("2026-09-01").Investigating("2026-09-01");
        _f.Step(CaseAction.ProposeDecision, _f.Officer1, "2026-09-28", CaseFixture.Proposal(20_000));
        _f.Step(CaseAction.ServePriorNotice, _f.Officer1, "2026-09-29");

        // 5 working days after 09-29: 09-30, 10-08, 10-09, 10-10 (an adjusted working Saturday), 10-12.
        var early = _f.Act(CaseAction.Decide, _f.Head, "2026-10-12");
        Assert.Equal("2026-10-12", Single(early, "case.statement_period_running").Arguments["until"]);
        Assert.True(_f.Act(CaseAction.Decide, _f.Head, "2026-10-13").IsSuccess);
    }

    [Fact]
    public void Statement_must_be_rechecked_before_deciding()
    {
        _f.Register("2026-06-01").Investigating("2026-06-01");
        _f.Step(CaseAction.ProposeDecision, _f.Officer1, "2026-06-02", CaseFixture.Proposal(20_000));
        _f.Step(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-02");
        _f.Step(CaseAction.RecordStatement, _f.Officer1, "2026-06-03", new() { StatementSummary = "当事人称已恢复设施。" });

        Single(_f.Act(CaseAction.Decide, _f.Head, "2026-06-04"), "case.recheck_missing");
        var heavier = _f.Act(CaseAction.ReviseProposal, _f.Officer1, "2026-06-04", WithReason(CaseFixture.Proposal(30_000)));
        Assert.Equal("《中华人民共和国行政处罚法》第四十五条", Single(heavier, "case.heavier_after_defence").Arguments["source"]);
    }

    [Fact]
    public void Notice_must_offer_the_hearing_for_a_large_fine()
    {
        _f.Register("2026-06-01").Investigating("2026-06-01");
        _f.Step(CaseAction.ProposeDecision, _f.Officer1, "2026-06-02", CaseFixture.Proposal(49_999));
        _f.Step(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-02", new() { OfferHearing = false });
        Assert.False(_f.Case.Notice.HearingRightOffered);

        _f.Step(CaseAction.ReviseProposal, _f.Officer1, "2026-06-03", WithReason(CaseFixture.Proposal(49_999, Domain.Cases.PenaltyKinds.Fine | Domain.Cases.PenaltyKinds.SuspendProduction)));
        var error = Single(_f.Act(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-03", new() { OfferHearing = false }), "case.hearing_right_required");
        Assert.Equal("《中华人民共和国行政处罚法》第六十三条", error.Arguments["source"]);
    }

    [Fact]
    public void Hearing_request_after_five_working_days_is_late()
    {
        NotifiedWithHearingRight("2026-06-01");

        // 5 working days after 06-01: 06-02 … 06-05, 06-08.
        var late = _f.Act(CaseAction.RequestHearing, _f.Officer1, "2026-06-09");
        Assert.Equal("2026-06-08", Single(late, "case.hearing_request_late").Arguments["until"]);
        Assert.True(_f.Act(CaseAction.RequestHearing, _f.Officer1, "2026-06-08").IsSuccess);
    }

    [Fact]
    public void Hearing_notice_needs_seven_working_days()
    {
        NotifiedWithHearingRight("2026-06-01");
        _f.Step(CaseAction.RequestHearing, _f.Officer1, "2026-06-02");

        // Notice on 06-05: 06-08 … 06-12, 06-15, 06-16 (the Dragon Boat holiday starts 06-19).
        var early = _f.Act(CaseAction.ScheduleHearing, _f.Officer1, "2026-06-05", Hearing("2026-06-15", _f.Wang.Id));
        Assert.Equal("2026-06-16", Single(early, "case.hearing_notice_short").Arguments["earliest"]);

        var investigator = _f.Act(CaseAction.ScheduleHearing, _f.Officer1, "2026-06-05", Hearing("2026-06-16", _f.Zhang.Id));
        Single(investigator, "case.presiding_is_investigator");
        Assert.True(_f.Act(CaseAction.ScheduleHearing, _f.Officer1, "2026-06-05", Hearing("2026-06-16", _f.Wang.Id)).IsSuccess);
    }

    [Fact]
    public void Major_decision_needs_a_passed_review_of_the_current_proposal()
    {
        NotifiedWithHearingRight("2026-06-01");

        // Revising the reviewed proposal voids the review: it must be reviewed again before the notice.
        _f.Step(CaseAction.ReviseProposal, _f.Officer1, "2026-06-02", WithReason(CaseFixture.Proposal(50_000)));
        var stale = _f.Act(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-02");

        Assert.Equal("《中华人民共和国行政处罚法》第五十八条", Single(stale, "case.legal_review_required").Arguments["source"]);
    }


    [Fact]
    public void Complex_case_needs_collective_discussion()
    {
        _f.Register("2026-06-01").Investigating("2026-06-01");
        var proposal = CaseFixture.Proposal(20_000);
        proposal.ComplexOrSerious = true;
        _f.Step(CaseAction.ProposeDecision, _f.Officer1, "2026-06-02", proposal);
        _f.Step(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-02", new() { StatementWaived = null });
        _f.Step(CaseAction.RecordStatement, _f.Officer1, "2026-06-03", new() { StatementWaived = true });

        var error = Single(_f.Act(CaseAction.Decide, _f.Head, "2026-06-03"), "case.collective_discussion_required");
        Assert.Equal("《中华人民共和国行政处罚法》第五十七条第二款", error.Arguments["source"]);
        _f.Step(CaseAction.HoldCollectiveDiscussion, _f.Leader, "2026-06-03", new() { Conclusion = "同意处罚。" });
        Assert.True(_f.Act(CaseAction.Decide, _f.Head, "2026-06-03").IsSuccess);
    }

    [Fact]
    public void Decision_after_ninety_days_needs_an_extension()
    {
        _f.Register("2026-03-02").Investigating("2026-03-02");
        _f.Step(CaseAction.ProposeDecision, _f.Officer1, "2026-05-20", CaseFixture.Proposal(20_000));
        _f.Step(CaseAction.ServePriorNotice, _f.Officer1, "2026-05-20");

        // 90 days after 03-02 is 05-31, a Sunday, so the limit ends on Monday 06-01.
        var late = _f.Act(CaseAction.Decide, _f.Head, "2026-06-02");
        Assert.Equal("2026-06-01", Single(late, "case.decision_time_limit_passed").Arguments["until"]);
        Single(_f.Act(CaseAction.ExtendTimeLimit, _f.Head, "2026-06-02", new() { ExtensionDays = 91, Reason = "鉴定" }), "case.extension_too_long");
        _f.Step(CaseAction.ExtendTimeLimit, _f.Head, "2026-06-02", new() { ExtensionDays = 30, Reason = "需要鉴定" });
        Assert.True(_f.Act(CaseAction.Decide, _f.Head, "2026-06-02").IsSuccess);
    }

    [Fact]
    public void Delivery_rules_consent_and_lateness()
    {
        Decided("2026-06-01", "2026-06-10");

        Single(_f.Act(CaseAction.Deliver, _f.Officer1, "2026-06-11", new() { DeliveryMethod = DeliveryMethod.Electronic }), "case.electronic_delivery_without_consent");

        // 7 working days after 06-10: 06-11, 06-12, 06-15 … 06-18, 06-22 (06-19 is the Dragon Boat holiday).
        var late = _f.Act(CaseAction.Deliver, _f.Officer1, "2026-06-23", new() { DeliveryMethod = DeliveryMethod.Direct });
        Assert.Equal("2026-06-22", Single(late, "case.delivery_late_without_reason").Arguments["until"]);
        Assert.True(_f.Act(CaseAction.Deliver, _f.Officer1, "2026-06-23", new() { DeliveryMethod = DeliveryMethod.Direct, LateReason = "当事人外出" }).IsSuccess);
    }

    [Fact]
    public void Surcharge_is_capped_at_the_fine()
    {
        Decided("2026-06-01", "2026-06-10");
        _f.Step(CaseAction.Deliver, _f.Officer1, "2026-06-10", new() { DeliveryMethod = DeliveryMethod.Direct });

        // Due 06-25 (15 days after 06-10); paid 40 days late: 3% × 40 = 120%, capped at 100%.
        var owed = _f.Act(CaseAction.RecordExecution, _f.Officer1, "2026-08-04", new() { PaidAmount = 20_000 });
        Assert.Equal("40,000", Single(owed, "case.payment_amount_wrong").Arguments["total"]);
        Assert.True(_f.Act(CaseAction.RecordExecution, _f.Officer1, "2026-08-04", new() { PaidAmount = 40_000 }).IsSuccess);
        Assert.Equal(20_000m, _f.Case.Execution.SurchargeAmount);
    }

    [Fact]
    public void Time_barred_act_cannot_be_filed()
    {
        _f.Register("2026-06-01");
        _f.Case.ActDate = Day("2024-05-31");

        var error = Single(_f.Act(CaseAction.ApproveFiling, _f.Head, "2026-06-01", new() { OfficerIds = [_f.Zhang.Id, _f.Li.Id] }), "case.time_barred");
        Assert.Equal("《中华人民共和国行政处罚法》第三十六条", error.Arguments["source"]);
    }

    /// <summary>A unit fined 50,000 yuan: major, so reviewed, and with the right to a hearing.</summary>
    private void NotifiedWithHearingRight(string day)
    {
        _f.Register(day).Investigating(day);
        _f.Step(CaseAction.ProposeDecision, _f.Officer1, day, CaseFixture.Proposal(50_000));
        _f.Submitted(day).Reviewed(day);
        _f.Step(CaseAction.ServePriorNotice, _f.Officer1, day);
    }

    private void Decided(string filed, string decided)
    {
        _f.Register(filed).Investigating(filed);
        _f.Step(CaseAction.ProposeDecision, _f.Officer1, filed, CaseFixture.Proposal(20_000));
        _f.Step(CaseAction.ServePriorNotice, _f.Officer1, filed);
        _f.Step(CaseAction.Decide, _f.Head, decided);
    }

    private static CaseActionRequest Hearing(string day, Guid presiding) => new()
    {
        HearingDate = Day(day),
        HearingPlace = "听证室",
        PresidingOfficerId = presiding,
    };

    private static CaseActionRequest WithReason(CaseActionRequest request)
    {
        request.Reason = "修改拟处理意见";
        return request;
    }

    private static Error Single(Result<CaseStep> result, string code)
    {
        Assert.False(result.IsSuccess, "The step was expected to be refused.");
        return Assert.Single(result.Errors, e => e.Code == code);
    }

    private static DateOnly Day(string text) => Calendar.Notices.Day(text);
}
