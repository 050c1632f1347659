using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Tests.Cases;

/// <summary>
/// The history is ordered by a per-case sequence number, steps cannot be dated before filing or before the
/// previous step, and a closed case moves again only through an explicit reopening.
/// </summary>
public sealed class CaseHistoryTests
{
    private readonly CaseFixture _f = new();

    [Fact]
    public void Steps_at_the_same_instant_keep_submission_order()
    {
        _f.Register("2026-06-01");
        var instant = DateTimeOffset.Parse("2026-06-01T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var filing = Apply(CaseAction.ApproveFiling, _f.Head, new() { OfficerIds = [_f.Zhang.Id, _f.Li.Id] }, instant);
        Apply(CaseAction.DeclareRecusal, _f.Officer1, new() { Conflict = false }, instant);
        Apply(CaseAction.DeclareRecusal, _f.Officer2, new() { Conflict = false }, instant);

        // The clock stepped back one second between the last two calls.
        var investigation = Apply(CaseAction.StartInvestigation, _f.Officer1, new(), instant.AddSeconds(-1));

        Assert.Equal(1, filing.Sequence);
        Assert.Equal(4, investigation.Sequence);
        Assert.Equal(CaseStage.Investigating, _f.Case.Stage);
        Assert.Equal(CaseStage.Filed, investigation.FromStage);
    }

    [Fact]
    public void Step_dated_before_filing_is_refused()
    {
        _f.Register("2025-03-01");
        _f.Step(CaseAction.ApproveFiling, _f.Head, "2025-03-05", new() { OfficerIds = [_f.Zhang.Id, _f.Li.Id] });

        var result = _f.Act(CaseAction.DeclareRecusal, _f.Officer1, "2025-03-06", new() { Conflict = false, EffectiveOn = Day("2025-03-01") });

        Assert.Single(result.Errors, e => e.Code == "case.effective_before_filing");
    }

    [Fact]
    public void Step_dated_before_previous_is_refused()
    {
        _f.Register("2026-06-01").Investigating("2026-06-03");
        _f.Step(CaseAction.ProposeDecision, _f.Officer1, "2026-06-05", CaseFixture.Proposal(20_000));

        var result = _f.Act(CaseAction.ServePriorNotice, _f.Officer1, "2026-06-06", new() { EffectiveOn = Day("2026-06-04") });

        var error = Assert.Single(result.Errors, e => e.Code == "case.effective_before_previous");
        Assert.Equal("2026-06-05", error.Arguments["previous"]);
    }

    [Fact]
    public void Closed_case_refuses_steps_until_reopened()
    {
        _f.Register("2026-06-01", procedure: ProcedureKind.Inspection);
        _f.Step(CaseAction.DeclareRecusal, _f.Officer1, "2026-06-01", new() { Conflict = false })
            .Step(CaseAction.DeclareRecusal, _f.Officer2, "2026-06-01", new() { Conflict = false })
            .Step(CaseAction.Inspect, _f.Officer1, "2026-06-02", new() { Findings = "设施完好。" })
            .Step(CaseAction.RecordResult, _f.Officer1, "2026-06-02", new() { Compliant = true })
            .Step(CaseAction.Close, _f.Head, "2026-06-03", new() { Reason = "检查合格" });

        var again = _f.Act(CaseAction.Inspect, _f.Officer1, "2026-06-04", new() { Findings = "再查" });
        Assert.Equal(ErrorKind.Conflict, Assert.Single(again.Errors).Kind);
        Assert.Equal(ErrorKind.Forbidden, Assert.Single(_f.Act(CaseAction.Reopen, _f.Head, "2026-06-04", new() { Reason = "复查" }).Errors).Kind);

        _f.Step(CaseAction.Reopen, _f.Leader, "2026-06-04", new() { Reason = "群众举报设施已损坏" });
        Assert.Equal(CaseStage.ResultRecorded, _f.Case.Stage);
        Assert.Null(_f.Case.Execution.ClosedOn);
    }

    [Fact]
    public void Stale_version_is_rejected()
    {
        _f.Register("2026-06-01");

        var result = _f.Act(CaseAction.ApproveFiling, _f.Head, "2026-06-01", new() { OfficerIds = [_f.Zhang.Id, _f.Li.Id], Version = 0 });

        Assert.Equal("case.stale", Assert.Single(result.Errors).Code);
    }

    private CaseStep Apply(CaseAction action, CaseActor actor, CaseActionRequest request, DateTimeOffset now)
    {
        request.Version = _f.Case.Version;
        var result = CaseWorkflow.Apply(action, _f.Context(actor, request), now);
        Assert.True(result.IsSuccess, string.Join(" ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    private static DateOnly Day(string text) => Calendar.Notices.Day(text);
}
