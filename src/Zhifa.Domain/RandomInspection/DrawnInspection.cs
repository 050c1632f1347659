namespace Zhifa.Domain.RandomInspection;

/// <summary>
/// An inspection task (检查任务) produced by a draw: one drawn target with its drawn inspectors. It is
/// the seam to the inspection procedure: an inspection case starts from a pending task and refers to
/// it by <see cref="Id"/>; the draw itself never changes it.
/// </summary>
public sealed class DrawnInspection
{
    public Guid Id { get; set; }

    public Guid PlanId { get; set; }

    public Guid MatterId { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid TargetId { get; set; }

    /// <summary>The drawn inspectors in draw order, as identifiers separated by ','.</summary>
    public required string InspectorIds { get; set; }

    /// <summary>1-based place of the target in the draw order.</summary>
    public int Position { get; set; }

    public InspectionTaskStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The inspection case opened for the task, once one is.</summary>
    public Guid? CaseId { get; set; }

    public IReadOnlyList<Guid> Inspectors() =>
        InspectorIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
}

/// <summary>The state of an inspection task. The inspection procedure adds the states after Pending.</summary>
public enum InspectionTaskStatus
{
    Pending,

    /// <summary>An inspection case follows the task; its stages are the case's.</summary>
    CaseOpened,
}
