namespace Zhifa.Web.Cli.DemoMonth;

/// <summary>What the scenario did, counted as it goes, to compare with what the platform reports afterwards.</summary>
internal sealed class ScenarioTally
{
    public List<Guid> Cases { get; } = [];

    public List<Guid> Plans { get; } = [];

    /// <summary>The evidence items uploaded, with whether the upload came after the upload limit.</summary>
    public List<(Guid CaseId, Guid EvidenceId, bool Late)> Evidence { get; } = [];

    public List<Guid> PublishedCases { get; } = [];

    public List<Guid> WithdrawnCases { get; } = [];

    /// <summary>Publications noted as revoked, before their withdrawal.</summary>
    public List<Guid> WithdrawalNotices { get; } = [];

    public int Steps { get; set; }

    public int Reviews { get; set; }

    public int Inspections { get; set; }

    /// <summary>Plan creations, commitments and draws.</summary>
    public int PlanSteps { get; set; }

    /// <summary>Inspection tasks created by the draws.</summary>
    public int DrawnTasks { get; set; }

    /// <summary>Inspection cases opened from drawn tasks.</summary>
    public int TaskCasesOpened { get; set; }

    /// <summary>
    /// The record entries the platform writes for these requests: one per sign-in, case (registered or opened
    /// from a task), case step, evidence item, plan step, drawn task, task case opening, publication, withdrawal notice and withdrawal.
    /// </summary>
    public int ExpectedRecordEntries(int signIns) =>
        signIns + Cases.Count + Steps + Evidence.Count + PlanSteps + DrawnTasks + TaskCasesOpened
        + PublishedCases.Count + WithdrawalNotices.Count + WithdrawnCases.Count;
}
