namespace Zhifa.Domain.RandomInspection;

/// <summary>
/// An officer's declared conflict of interest (Administrative Penalty Law Art. 43): an interest in one
/// regulated entity, or an affiliation with an organisation, named by the entity's code or the
/// organisation's unified social credit code. A draw never gives that officer a target with that code
/// or owned by that organisation.
/// </summary>
public sealed class ConflictDeclaration
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid OfficerId { get; set; }

    /// <summary>The code of the entity, or of the organisation that owns or runs entities.</summary>
    public required string EntityCode { get; set; }

    public RecusalReason Reason { get; set; }

    public required string Note { get; set; }

    public DateTimeOffset DeclaredAt { get; set; }

    public required string DeclaredBy { get; set; }
}
