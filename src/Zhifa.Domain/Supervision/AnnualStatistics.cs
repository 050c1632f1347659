using Zhifa.Domain.Cases;

namespace Zhifa.Domain.Supervision;

/// <summary>The facts of one case that the annual statistics count.</summary>
public sealed record AnnualCaseFacts(
    ProcedureKind Procedure,
    DateOnly RegisteredOn,
    DateOnly? FiledOn,
    DateOnly? DecidedOn,
    DecisionOutcome Outcome,
    PenaltyKinds Penalties,
    decimal Fine,
    decimal Confiscation,
    DateOnly? HearingHeldOn,
    DateOnly? LegalReviewedOn,
    DateOnly? DiscussedOn,
    DateOnly? PaidOn,
    decimal Collected,
    DateOnly? ClosedOn);

/// <summary>One line of the annual statistics: what is counted, in both languages, and its value.</summary>
public sealed record StatisticLine(string Code, string Chinese, string English, decimal Value, bool IsAmount);

/// <summary>
/// The annual enforcement statistics (行政执法统计年报) of an office: counted from the cases whose step
/// fell in the year, each line by the day its step was taken (a case filed in December and decided in
/// January counts as filed in one year and decided in the next).
/// </summary>
public static class AnnualStatistics
{
    public static IReadOnlyList<StatisticLine> Compute(int year, IReadOnlyCollection<AnnualCaseFacts> cases, int inspectionsDrawn)
    {
        bool In(DateOnly? day) => day?.Year == year;
        var penalties = cases.Where(c => In(c.DecidedOn) && c.Outcome == DecisionOutcome.Penalty).ToList();
        int WithPenalty(PenaltyKinds kind) => penalties.Count(c => c.Penalties.HasFlag(kind));

        return
        [
            new("registered", "案源登记数", "Cases registered", cases.Count(c => c.RegisteredOn.Year == year), false),
            new("filed", "立案数（普通程序）", "Cases filed (general procedure)", cases.Count(c => c.Procedure == ProcedureKind.GeneralPenalty && In(c.FiledOn)), false),
            new("decided", "作出处理决定数", "Cases decided", cases.Count(c => In(c.DecidedOn)), false),
            new("penalties", "行政处罚决定数", "Penalty decisions", penalties.Count, false),
            new("general", "其中：普通程序", "of which general procedure", penalties.Count(c => c.Procedure == ProcedureKind.GeneralPenalty), false),
            new("simple", "其中：简易程序", "of which simple procedure", penalties.Count(c => c.Procedure == ProcedureKind.SimplePenalty), false),
            new("warning", "警告", "Warnings", WithPenalty(PenaltyKinds.Warning), false),
            new("fine", "罚款", "Fines", WithPenalty(PenaltyKinds.Fine), false),
            new("confiscation", "没收违法所得、没收非法财物", "Confiscations", penalties.Count(c => (c.Penalties & (PenaltyKinds.ConfiscateIllegalGains | PenaltyKinds.ConfiscateIllegalProperty)) != 0), false),
            new("qualification", "暂扣许可证件、降低资质等级、吊销许可证件", "Licence suspended, qualification lowered or revoked",
                penalties.Count(c => (c.Penalties & (PenaltyKinds.SuspendLicence | PenaltyKinds.LowerQualification | PenaltyKinds.RevokeLicence)) != 0), false),
            new("stop", "限制开展生产经营活动、责令停产停业、责令关闭、限制从业", "Business restricted, production suspended, closure, practice restricted",
                penalties.Count(c => (c.Penalties & (PenaltyKinds.RestrictBusiness | PenaltyKinds.SuspendProduction | PenaltyKinds.OrderClosure | PenaltyKinds.RestrictPractice)) != 0), false),
            new("no_penalty", "不予行政处罚", "No penalty", cases.Count(c => In(c.DecidedOn) && c.Outcome is DecisionOutcome.NoPenaltyMinor or DecisionOutcome.NoPenaltyNotEstablished), false),
            new("transferred", "移送司法机关", "Transferred to the judicial organs", cases.Count(c => In(c.DecidedOn) && c.Outcome == DecisionOutcome.TransferToJudiciary), false),
            new("fine_amount", "罚没金额（元）", "Fines and confiscations imposed (yuan)", penalties.Sum(c => c.Fine + c.Confiscation), true),
            new("collected", "实际收缴金额（元，含加处罚款）", "Collected (yuan, surcharges included)", cases.Where(c => In(c.PaidOn)).Sum(c => c.Collected), true),
            new("hearings", "举行听证数", "Hearings held", cases.Count(c => In(c.HearingHeldOn)), false),
            new("legal_reviews", "重大执法决定法制审核数", "Legal reviews of major decisions", cases.Count(c => In(c.LegalReviewedOn)), false),
            new("discussions", "集体讨论决定数", "Collective discussions", cases.Count(c => In(c.DiscussedOn)), false),
            new("inspections", "行政检查数", "Inspections", cases.Count(c => c.Procedure == ProcedureKind.Inspection && In(c.ClosedOn)), false),
            new("random_tasks", "双随机抽取检查对象数", "Targets drawn in random inspections", inspectionsDrawn, false),
        ];
    }
}

/// <summary>
/// A published annual statistics report. Publishing again (after a correction) adds a version; versions are
/// never changed, and the portal shows the latest.
/// </summary>
public sealed class AnnualReport
{
    public Guid Id { get; set; }

    /// <summary>The enforcement body (office) the report is for.</summary>
    public Guid OrganisationId { get; set; }

    public int Year { get; set; }

    public int Version { get; set; }

    /// <summary>The lines as JSON, so the portal shows exactly what was published.</summary>
    public required string Lines { get; set; }

    public required string XlsxSha256 { get; set; }

    public required string PdfSha256 { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public required string PublishedBy { get; set; }
}
