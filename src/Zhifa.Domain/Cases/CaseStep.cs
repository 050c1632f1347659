namespace Zhifa.Domain.Cases;

/// <summary>
/// One step in a case's history: an action, the stage before and after, the day it took effect and who
/// took it. Steps are append-only and ordered by <see cref="Sequence"/>, so two steps within one second, or
/// under a clock that stepped back, keep their submission order.
/// </summary>
public sealed class CaseStep
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public int Sequence { get; set; }

    public string Action { get; set; } = "";

    public CaseStage FromStage { get; set; }

    public CaseStage ToStage { get; set; }

    public DateOnly EffectiveOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public Guid? ActorUserId { get; set; }

    public string ActorName { get; set; } = "";

    public string? Certificate { get; set; }

    /// <summary>The request's fields as JSON, so the history shows what was entered at this step.</summary>
    public string Details { get; set; } = "{}";
}
