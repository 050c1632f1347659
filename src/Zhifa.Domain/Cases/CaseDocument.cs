namespace Zhifa.Domain.Cases;

/// <summary>
/// A document in the case's dossier: a generated form (DOCX or PDF) or the signed scan an officer uploaded.
/// Rows are append-only; a newer file of the same kind supersedes the older in the dossier's view, and both
/// stay.
/// </summary>
public sealed class CaseDocument
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public DocumentKind Kind { get; set; }

    /// <summary>"docx", "pdf", or "scan" for an uploaded signed copy.</summary>
    public string Format { get; set; } = "";

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public long Length { get; set; }

    /// <summary>The case step the document belongs to (its sequence when it was made).</summary>
    public int StepSequence { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public string CreatedByName { get; set; } = "";
}
