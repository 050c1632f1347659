namespace Zhifa.Domain.Publicity;

/// <summary>
/// What the public sees of a decision or an inspection result. It has no field for an ID number, an address
/// or a telephone number: those are never published, so they cannot reach the portal, the feeds or a push
/// through a draft. Every text is masked when the draft is built.
/// </summary>
public sealed record PublicationDraft(
    Guid CaseId,
    Guid OrganisationId,
    PublicationKind Kind,
    string Body,
    string DocumentNumber,
    string Title,
    string Party,
    string PartyKind,
    string Facts,
    string Basis,
    string Result,
    DateOnly DecidedOn);
