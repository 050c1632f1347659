namespace Zhifa.Domain.Cases.Dossier;

/// <summary>
/// The manifest of an electronic dossier (电子卷宗) ZIP: every file with its SHA-256, the case's entries of the
/// full-process record with inclusion proofs, and the signed checkpoint and verifier key they prove against,
/// so the dossier can be checked offline with nothing else.
/// </summary>
public sealed record DossierManifest(
    string Format,
    Guid CaseId,
    string CaseNumber,
    DateTimeOffset ExportedAt,
    string HashAlgorithm,
    string Checkpoint,
    string VerifierKey,
    IReadOnlyList<DossierFile> Files,
    IReadOnlyList<DossierEntry> Entries)
{
    public const string CurrentFormat = "zhifa-dossier/1";

    public const string FileName = "manifest.json";
}

/// <summary>A file of the dossier: its path inside the ZIP, SHA-256 (lower-case hex) and length in bytes.</summary>
public sealed record DossierFile(string Path, string Sha256, long Length);

/// <summary>A record entry of the case: its index, its exact bytes (base64) and its inclusion proof (base64 hashes).</summary>
public sealed record DossierEntry(long Index, string Leaf, IReadOnlyList<string> Proof);
