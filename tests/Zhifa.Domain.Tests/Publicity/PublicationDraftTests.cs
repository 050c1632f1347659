using Zhifa.Domain.Calendar;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Publicity;
using Zhifa.Domain.Tests.Calendar;

namespace Zhifa.Domain.Tests.Publicity;

/// <summary>The publication draft of a decided case (FC-26's party data) and the publication deadlines.</summary>
public sealed class PublicationDraftTests
{
    private const string RawId = "11010519491231002X";
    private const string RawPhone = "13800000000";
    private const string RawAddress = "测试市测试区样例路1号";

    public static EnforcementCase Decided(string partyName = "王测试") => new()
    {
        Id = Guid.NewGuid(),
        OrganisationId = Guid.NewGuid(),
        Number = "常人防立〔2026〕5号",
        Procedure = ProcedureKind.GeneralPenalty,
        Stage = CaseStage.Decided,
        Title = $"{partyName}擅自拆除人防工程",
        Party = new Party
        {
            Kind = PartyKind.Individual,
            Name = partyName,
            IdNumber = RawId,
            Address = RawAddress,
            Telephone = RawPhone,
        },
        Proposal = new Proposal
        {
            Outcome = DecisionOutcome.Penalty,
            Penalties = PenaltyKinds.Warning | PenaltyKinds.Fine,
            FineAmount = 5000m,
            Facts = $"经查，{partyName}（身份证号{RawId}，电话{RawPhone}，住{RawAddress}）于2026年8月擅自拆除人防工程，其妻李样例在场。",
            LegalBasis = "《中华人民共和国人民防空法》第四十九条",
            CorrectionOrder = "责令限期改正",
        },
        Decision = new DecisionFacts { DecidedOn = new DateOnly(2026, 9, 30), Number = "常人防罚〔2026〕3号" },
    };

    [Fact]
    public void Draft_HoldsNoneOfTheOriginals()
    {
        var draft = PublicationDrafts.For(Decided(), "测试市人民防空办公室").Value;

        var all = string.Join("|", draft.Body, draft.DocumentNumber, draft.Title, draft.Party, draft.Facts, draft.Basis, draft.Result);
        var compact = all.Replace(" ", "", StringComparison.Ordinal);
        Assert.DoesNotContain(RawId, compact, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(RawPhone, compact, StringComparison.Ordinal);
        Assert.DoesNotContain("王测试", compact, StringComparison.Ordinal);
        Assert.DoesNotContain("样例路1号", compact, StringComparison.Ordinal);
        Assert.Equal("王某某", draft.Party);
        Assert.Equal("常人防罚〔2026〕3号", draft.DocumentNumber);
        Assert.Equal("警告；罚款人民币5000元；责令限期改正", draft.Result);
        Assert.Equal("经查，王某某（身份证号****，电话****，住测试市测试区****）于2026年8月擅自拆除人防工程，其妻李样例在场。", draft.Facts);
        Assert.Equal(new DateOnly(2026, 9, 30), draft.DecidedOn);
    }

    [Fact]
    public void Draft_NameWithMiddleDot_IsMasked()
    {
        var draft = PublicationDrafts.For(Decided("阿依古丽·测试"), "测试市人民防空办公室").Value;

        Assert.Equal("阿某某某·某某", draft.Party);
        Assert.DoesNotContain("阿依古丽", draft.Facts + draft.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_UnitParty_KeepsItsName()
    {
        var c = Decided();
        c.Party = new Party { Kind = PartyKind.Unit, Name = "样例建设有限公司", IdNumber = "91140400MA0TEST001", LegalRepresentative = "赵样例" };
        c.Proposal.Facts = "样例建设有限公司法定代表人赵样例未按规定修建防空地下室。";

        var draft = PublicationDrafts.For(c, "测试市人民防空办公室").Value;

        Assert.Equal("样例建设有限公司", draft.Party);
        Assert.Equal("样例建设有限公司法定代表人赵某某未按规定修建防空地下室。", draft.Facts);
    }

    [Fact]
    public void Draft_MinorParty_IsNeverPublished()
    {
        var marked = Decided();
        marked.Party.IsMinor = true;
        var byId = Decided();
        byId.Party.IdNumber = "110105201001010010"; // born 2010, 16 on the decision day

        var first = PublicationDrafts.For(marked, "测试市人民防空办公室");
        var second = PublicationDrafts.For(byId, "测试市人民防空办公室");

        Assert.Equal("publicity.minor", first.Errors[0].Code);
        Assert.Equal("publicity.minor", second.Errors[0].Code);
    }

    [Fact]
    public void Draft_UndecidedCase_IsRefused()
    {
        var c = Decided();
        c.Stage = CaseStage.Notified;

        Assert.Equal("publicity.not_decided", PublicationDrafts.For(c, "x").Errors[0].Code);
    }

    [Theory]
    // Decided the day before National Day: 1–7 October off, Saturday 10 October a make-up working day.
    [InlineData(PublicationKind.PenaltyDecision, "2026-09-30", "2026-10-15")]
    [InlineData(PublicationKind.InspectionResult, "2026-09-30", "2026-11-03")]
    // Sunday 20 September is a make-up working day and 25 September (Mid-Autumn) a holiday.
    [InlineData(PublicationKind.PenaltyDecision, "2026-09-18", "2026-09-29")]
    public void PublishDue_CountsWorkingDaysAcrossNationalDay(PublicationKind kind, string decided, string due)
    {
        var deadline = PublicationPeriods.PublishDue(kind, Notices.Day(decided), Notices.Both);

        Assert.Equal(Notices.Day(due), deadline.Day);
        Assert.False(deadline.IsProvisional);
    }

    [Fact]
    public void WithdrawDue_ThreeWorkingDaysAcrossNationalDay()
    {
        Assert.Equal(Notices.Day("2026-10-10"), PublicationPeriods.WithdrawDue(Notices.Day("2026-09-30"), Notices.Both).Day);
    }

    [Theory]
    [InlineData("2026-10-09", DeadlineState.Normal)]
    [InlineData("2026-10-13", DeadlineState.DueSoon)]
    [InlineData("2026-10-15", DeadlineState.DueSoon)]
    [InlineData("2026-10-16", DeadlineState.Overdue)]
    public void PublishDue_WarnsYellowThenRed(string today, DeadlineState expected)
    {
        var due = PublicationPeriods.PublishDue(PublicationKind.PenaltyDecision, Notices.Day("2026-09-30"), Notices.Both);

        Assert.Equal(expected, PublicationPeriods.State(due, Notices.Day(today), Notices.Both));
    }
}

/// <summary>Inspection results (including drawn random inspections) are published through the same drafts, due in 20 working days.</summary>
public sealed class InspectionResultDraftTests
{
    [Fact]
    public void Recorded_inspection_result_becomes_a_draft()
    {
        var c = new EnforcementCase
        {
            Id = Guid.NewGuid(),
            Number = "长人防检〔2026〕7号",
            Procedure = ProcedureKind.Inspection,
            Stage = CaseStage.RectificationOrdered,
            Title = "人防工程维护管理检查",
            Party = new Party { Kind = PartyKind.Unit, Name = "样例物业管理有限公司", Telephone = "0355-2123456" },
            Inspection = new InspectionFacts
            {
                InspectedOn = new DateOnly(2026, 9, 30),
                Findings = "人防工程防护密闭门锈蚀，值班电话0355-2123456无人接听。",
                Compliant = false,
                RectificationDeadline = new DateOnly(2026, 10, 30),
            },
        };

        var draft = PublicationDrafts.For(c, "长治市人民防空办公室").Value;

        Assert.Equal(PublicationKind.InspectionResult, draft.Kind);
        Assert.Equal("人防工程防护密闭门锈蚀，值班电话****无人接听。", draft.Facts);
        Assert.Equal("发现问题，责令于2026年10月30日前整改", draft.Result);
        Assert.Equal(Notices.Day("2026-11-03"), PublicationPeriods.PublishDue(draft.Kind, draft.DecidedOn, Notices.Both).Day);
    }
}
