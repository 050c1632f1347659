using Zhifa.Domain.Access;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.LegalReview;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Tests.Calendar;

namespace Zhifa.Domain.Tests.Cases;

/// <summary>
/// A penalty case of an invented office with two officers, a head, a leader and a reviewer, driven through
/// <see cref="CaseWorkflow"/> on the 2025 and 2026 calendars. The matter fines a citizen up to 5,000 yuan
/// and a unit 10,000 to 50,000; the review catalogue makes a unit fine of 50,000 or more major.
/// </summary>
internal sealed class CaseFixture
{
    public static readonly Guid Office = Guid.NewGuid();

    public Officer Zhang { get; } = NewOfficer("张测试", "14040001", "2024-01-01", "2028-12-31");

    public Officer Li { get; } = NewOfficer("李样例", "14040002", "2024-01-01", "2028-12-31");

    public Officer Wang { get; } = NewOfficer("王测试", "14040003", "2024-01-01", "2028-12-31");

    public EnforcementMatter Matter { get; } = new()
    {
        Id = Guid.NewGuid(),
        Code = "CF-001",
        Name = "擅自拆除人民防空警报设施",
        Category = "人民防空",
        LegalBasisLaw = "中华人民共和国人民防空法",
        LegalBasisArticle = "第四十九条",
        LegalBasisText = "……",
        EnforcementBody = "测试市人防办",
        FineMaxIndividual = 5_000m,
        FineMinUnit = 10_000m,
        FineMaxUnit = 50_000m,
    };

    public List<ReviewCatalogueItem> Catalogue { get; } =
    [
        new()
        {
            Code = "FZ-001", Condition = MajorCondition.FineAtLeast, Description = "罚款数额达到标准",
            ThresholdIndividual = 5_000m, ThresholdUnit = 50_000m, LegalBasis = "行政处罚法第五十八条",
        },
        new() { Code = "FZ-004", Condition = MajorCondition.HearingHeld, Description = "经过听证程序", LegalBasis = "行政处罚法第五十八条" },
    ];

    public CaseActor Officer1 => new(Guid.NewGuid(), Zhang.Name, new HashSet<string> { Roles.Officer }, Zhang.Id, Zhang.CertificateNumber);

    public CaseActor Officer2 => new(Guid.NewGuid(), Li.Name, new HashSet<string> { Roles.Officer }, Li.Id, Li.CertificateNumber);

    public CaseActor Head { get; } = new(Guid.NewGuid(), "王测试", new HashSet<string> { Roles.DepartmentHead }, null, null);

    public CaseActor Leader { get; } = new(Guid.NewGuid(), "赵样例", new HashSet<string> { Roles.AgencyLeader }, null, null);

    public CaseActor Reviewer { get; } = new(Guid.NewGuid(), "孙测试", new HashSet<string> { Roles.LegalReviewer }, null, null);

    /// <summary>The staff a request may name as legal reviewer, by user id, as the service would load them.</summary>
    public Dictionary<Guid, CaseActor> Staff { get; } = [];

    public EnforcementCase Case { get; private set; } = null!;

    public DateOnly Today { get; set; }

    /// <summary>Registers a case on <paramref name="day"/> for a party of <paramref name="kind"/>.</summary>
    public CaseFixture Register(string day, PartyKind kind = PartyKind.Unit, ProcedureKind procedure = ProcedureKind.GeneralPenalty)
    {
        Today = Notices.Day(day);
        var request = new NewCaseRequest
        {
            Procedure = procedure,
            MatterId = Matter.Id,
            Title = "擅自拆除警报设施案",
            PartyKind = kind,
            PartyName = kind == PartyKind.Unit ? "测试（长治）样例有限公司" : "王测试",
            ActDate = Today.AddDays(-10),
            OfficerIds = [Zhang.Id, Li.Id],
        };
        var built = CaseRegistration.Register(request, Office, Today, DateTimeOffset.UnixEpoch);
        Assert.True(built.IsSuccess, string.Join(" ", built.Errors.Select(e => e.Message)));
        Case = built.Value;
        return this;
    }

    /// <summary>Applies an action on <paramref name="day"/> with the case's current version.</summary>
    public Result<CaseStep> Act(CaseAction action, CaseActor actor, string day, CaseActionRequest? request = null)
    {
        Today = Notices.Day(day);
        request ??= new CaseActionRequest();
        request.Version ??= Case.Version;
        return CaseWorkflow.Apply(action, Context(actor, request), DateTimeOffset.UnixEpoch);
    }

    /// <summary>Applies an action that must succeed.</summary>
    public CaseFixture Step(CaseAction action, CaseActor actor, string day, CaseActionRequest? request = null)
    {
        var result = Act(action, actor, day, request);
        Assert.True(result.IsSuccess, $"{action}: " + string.Join(" ", result.Errors.Select(e => e.Message)));
        return this;
    }

    /// <summary>Files the case, declares recusal and starts the investigation on <paramref name="day"/>.</summary>
    public CaseFixture Investigating(string day) =>
        Step(CaseAction.ApproveFiling, Head, day, new CaseActionRequest { OfficerIds = [Zhang.Id, Li.Id] })
            .Step(CaseAction.DeclareRecusal, Officer1, day, new CaseActionRequest { Conflict = false })
            .Step(CaseAction.DeclareRecusal, Officer2, day, new CaseActionRequest { Conflict = false })
            .Step(CaseAction.StartInvestigation, Officer1, day);

    public static CaseActionRequest Proposal(decimal fine, PenaltyKinds kinds = PenaltyKinds.Warning | PenaltyKinds.Fine) => new()
    {
        Outcome = DecisionOutcome.Penalty,
        Penalties = kinds,
        FineAmount = fine,
        Facts = "当事人擅自拆除警报设施。",
        Evidence = "现场检查笔录。",
        LegalBasis = "人民防空法第四十九条",
        DiscretionReason = "一般情节。",
    };

    public CaseContext Context(CaseActor actor, CaseActionRequest request) => new(
        Case,
        request,
        request.EffectiveOn ?? Today,
        Today,
        Notices.Both,
        Matter,
        new[] { Zhang, Li, Wang }.ToDictionary(o => o.Id),
        Catalogue,
        actor,
        new CaseSettings(),
        ["测试市"])
    {
        NamedReviewer = request.ReviewerUserId is { } id ? Staff.GetValueOrDefault(id) : null,
    };

    /// <summary>Submits the proposal for legal review with every material, referring to the latest step.</summary>
    public CaseFixture Submitted(string day)
    {
        var materials = ReviewMaterials.Required(Case)
            .Select(kind => new ReviewMaterial { Kind = kind, Reference = $"step:{Case.StepCount}" })
            .ToList();
        return Step(CaseAction.SubmitLegalReview, Officer1, day, new CaseActionRequest { Materials = materials });
    }

    /// <summary>Assigns <see cref="Reviewer"/> and records <paramref name="outcome"/> with every point satisfied.</summary>
    public CaseFixture Reviewed(string day, ReviewOutcome outcome = ReviewOutcome.Pass)
    {
        Staff[Reviewer.UserId] = Reviewer;
        Step(CaseAction.AssignLegalReviewer, Reviewer, day, new CaseActionRequest { ReviewerUserId = Reviewer.UserId });
        return Step(CaseAction.RecordLegalReview, Reviewer, day, Opinion(outcome, "事实清楚，证据确凿。"));
    }

    /// <summary>An opinion with a satisfied finding on every review point.</summary>
    public static CaseActionRequest Opinion(ReviewOutcome outcome, string? opinion) => new()
    {
        ReviewOutcome = outcome,
        Opinion = opinion,
        ReviewPoints = [.. ReviewPoints.All.Select(p => new ReviewPointFinding { Point = ReviewPoints.Code(p), Finding = PointFinding.Satisfied })],
    };

    public static Officer NewOfficer(string name, string certificate, string from, string to) => new()
    {
        Id = Guid.NewGuid(),
        Name = name,
        CertificateNumber = certificate,
        Categories = "人民防空",
        Area = "测试市",
        ValidFrom = Notices.Day(from),
        ValidTo = Notices.Day(to),
        Status = OfficerStatus.Active,
    };
}
