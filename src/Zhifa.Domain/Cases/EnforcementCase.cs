namespace Zhifa.Domain.Cases;

/// <summary>
/// An enforcement case (案件): a penalty case in the general or simple procedure, or an inspection. Its stage
/// changes only through <see cref="CaseWorkflow"/>, which checks the procedure's guards and appends a
/// <see cref="CaseStep"/>; <see cref="Version"/> rejects a change based on a stale read.
/// </summary>
public sealed class EnforcementCase
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>The case number (案号), unique in the deployment, such as 常人防立〔2026〕5号.</summary>
    public string Number { get; set; } = "";

    public ProcedureKind Procedure { get; set; }

    public CaseStage Stage { get; set; }

    /// <summary>The enforcement matter (执法事项) the case applies.</summary>
    public Guid MatterId { get; set; }

    /// <summary>The cause of action (案由), one line.</summary>
    public string Title { get; set; } = "";

    public CaseSourceKind Source { get; set; }

    public string? SourceDetail { get; set; }

    /// <summary>The day the act took place or ended, for the limitation period (Art. 36).</summary>
    public DateOnly? ActDate { get; set; }

    public DateOnly RegisteredOn { get; set; }

    public DateOnly? FiledOn { get; set; }

    public Guid? FilingApproverUserId { get; set; }

    /// <summary>The double random inspection task the case carries out, for inspections drawn at random.</summary>
    public Guid? DrawnInspectionId { get; set; }

    public Party Party { get; set; } = new();

    public List<CaseOfficer> Officers { get; set; } = [];

    public Proposal Proposal { get; set; } = new();

    public ReviewFacts Review { get; set; } = new();

    public NoticeFacts Notice { get; set; } = new();

    public HearingFacts Hearing { get; set; } = new();

    public DecisionFacts Decision { get; set; } = new();

    public ExecutionFacts Execution { get; set; } = new();

    public InspectionFacts Inspection { get; set; } = new();

    /// <summary>The sequence number of the latest step; steps are ordered by it, never by time.</summary>
    public int StepCount { get; set; }

    /// <summary>The effective day of the latest step; a new step may not be dated before it.</summary>
    public DateOnly LastEffectiveOn { get; set; }

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsFinished => Stage is CaseStage.Closed or CaseStage.Archived;

    /// <summary>The officers who act on the case now: assigned and not withdrawn for a declared conflict.</summary>
    public IEnumerable<Guid> ActingOfficerIds => Officers.Where(o => !o.DeclaredConflict).Select(o => o.OfficerId);
}
