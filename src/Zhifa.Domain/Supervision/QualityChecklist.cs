namespace Zhifa.Domain.Supervision;

/// <summary>One point of the case-file review checklist, with the most it can score.</summary>
public sealed record ChecklistItem(string Code, string Chinese, string English, int MaxPoints);

/// <summary>
/// The case-file review (案卷评查) checklist: the points a supervisor scores a finished case's file on,
/// 100 in all. The weights follow the common provincial scoring sheets: the lawfulness of the decision
/// itself (facts, evidence, law, procedure) weighs most, then the documents and the file's order.
/// </summary>
public static class QualityChecklist
{
    public static IReadOnlyList<ChecklistItem> Items { get; } =
    [
        new("body", "执法主体合法，执法人员具备执法资格", "Lawful enforcement body, qualified officers", 10),
        new("facts", "事实清楚，证据确凿充分", "Clear facts, conclusive and sufficient evidence", 25),
        new("law", "适用法律正确，裁量适当", "Law applied correctly, discretion proper", 20),
        new("procedure", "程序合法（立案、告知、听证、审核、决定、送达）", "Lawful procedure (filing, notice, hearing, review, decision, delivery)", 25),
        new("documents", "文书规范完整，填写准确", "Complete, correct documents", 10),
        new("filing", "案卷装订归档规范", "File bound and archived in order", 10),
    ];

    public static int MaxTotal => Items.Sum(i => i.MaxPoints);

    /// <summary>A score of at least this share of the maximum rates the file good (优秀).</summary>
    public const int ExcellentFrom = 90;

    /// <summary>Below this a file fails (不合格) and the case department must correct what it can.</summary>
    public const int PassFrom = 60;

    public static ChecklistItem? Find(string code) => Items.FirstOrDefault(i => i.Code == code);
}
