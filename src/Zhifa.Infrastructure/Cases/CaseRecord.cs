using Zhifa.Domain.Cases;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Cases;

/// <summary>
/// The full-process record entries of cases: <c>case.registered</c> and <c>case.{action code}</c> for each
/// step, all with the subject <c>case/{id}</c>, and <c>case.document_added</c> with the file's SHA-256.
/// </summary>
public static class CaseRecord
{
    public const string Registered = "case.registered";

    public const string DocumentAdded = "case.document_added";

    public static string Subject(Guid caseId) => $"case/{caseId}";

    public static RecordAction ForRegistration(EnforcementCase c, CaseActor actor) => new(
        actor.UserId.ToString(),
        actor.Certificate,
        c.OrganisationId,
        Registered,
        Subject(c.Id),
        new
        {
            number = c.Number,
            procedure = c.Procedure.ToString(),
            stage = c.Stage.ToString(),
            matterId = c.MatterId,
            title = c.Title,
            source = c.Source.ToString(),
            registeredOn = c.RegisteredOn,
            partyKind = c.Party.Kind.ToString(),
            party = c.Party.Name,
            officers = c.Officers.Select(o => o.OfficerId),
        });

    public static RecordAction ForStep(EnforcementCase c, CaseStep step, CaseActor actor) => new(
        actor.UserId.ToString(),
        actor.Certificate,
        c.OrganisationId,
        "case." + step.Action,
        Subject(c.Id),
        new
        {
            number = c.Number,
            sequence = step.Sequence,
            from = step.FromStage.ToString(),
            to = step.ToStage.ToString(),
            effectiveOn = step.EffectiveOn,
            details = step.Details,
        });

    public static RecordAction ForDocument(EnforcementCase c, CaseDocument document, CaseActor actor) => new(
        actor.UserId.ToString(),
        actor.Certificate,
        c.OrganisationId,
        DocumentAdded,
        Subject(c.Id),
        new
        {
            number = c.Number,
            kind = document.Kind.ToString(),
            format = document.Format,
            fileName = document.FileName,
            length = document.Length,
        },
        [document.Sha256]);
}
