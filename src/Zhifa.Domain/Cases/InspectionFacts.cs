namespace Zhifa.Domain.Cases;

/// <summary>The facts of an inspection: the visit, its findings, the rectification order and the re-inspection.</summary>
public sealed class InspectionFacts
{
    public DateOnly? PlannedFor { get; set; }

    public Guid? RegulatedEntityId { get; set; }

    public DateOnly? InspectedOn { get; set; }

    public string? Findings { get; set; }

    public bool? Compliant { get; set; }

    public DateOnly? RectificationDeadline { get; set; }

    public string? RectificationRequirements { get; set; }

    public DateOnly? ReinspectedOn { get; set; }

    public bool? RectifiedCompliant { get; set; }
}
