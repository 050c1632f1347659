namespace Zhifa.Domain.Cases;

/// <summary>The input that registers a case: a clue for a penalty case, or an inspection plan.</summary>
public sealed class NewCaseRequest
{
    public ProcedureKind? Procedure { get; set; }

    public Guid? MatterId { get; set; }

    public string? Title { get; set; }

    public CaseSourceKind? Source { get; set; }

    public string? SourceDetail { get; set; }

    public DateOnly? ActDate { get; set; }

    public DateOnly? RegisteredOn { get; set; }

    public PartyKind? PartyKind { get; set; }

    public string? PartyName { get; set; }

    public string? PartyIdNumber { get; set; }

    public string? PartyAddress { get; set; }

    public string? PartyTelephone { get; set; }

    public string? LegalRepresentative { get; set; }

    public bool? PartyIsMinor { get; set; }

    public List<Guid>? OfficerIds { get; set; }

    public Guid? RegulatedEntityId { get; set; }

    public DateOnly? PlannedFor { get; set; }
}
