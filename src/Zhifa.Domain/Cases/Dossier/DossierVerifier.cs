using System.Security.Cryptography;
using Zhifa.Domain.Record;

namespace Zhifa.Domain.Cases.Dossier;

/// <summary>
/// Checks a dossier offline. Each listed file must be present with its hash and length, and no file may be
/// unlisted. The checkpoint must be signed by the verifier key, every record entry included in its tree, and
/// every document's hash named by a record entry. Compare the key id it reports with the key the agency
/// publishes at /api/ledger/key.
/// </summary>
public static class DossierVerifier
{
    public static DossierReport Verify(DossierManifest manifest, IReadOnlyDictionary<string, byte[]> files)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(files);
        var problems = new List<string>();
        if (manifest.Format != DossierManifest.CurrentFormat)
        {
            return new DossierReport([$"unknown dossier format '{manifest.Format}'; this verifier reads {DossierManifest.CurrentFormat}"], 0, 0, null);
        }

        CheckFiles(manifest, files, problems);
        var hasher = MerkleHasher.FromId(manifest.HashAlgorithm);
        var checkpoint = CheckCheckpoint(manifest, problems, out var keyId);
        if (!hasher.IsSuccess || checkpoint is null)
        {
            if (!hasher.IsSuccess)
            {
                problems.Add($"unknown hash algorithm '{manifest.HashAlgorithm}'");
            }

            return new DossierReport(problems, manifest.Files.Count, 0, keyId);
        }

        var recordedFiles = CheckEntries(manifest, hasher.Value, checkpoint, problems);
        foreach (var file in manifest.Files.Where(f => f.Path.StartsWith("documents/", StringComparison.Ordinal)))
        {
            if (!recordedFiles.Contains(file.Sha256))
            {
                problems.Add($"{file.Path}: no record entry names its SHA-256 {file.Sha256}");
            }
        }

        return new DossierReport(problems, manifest.Files.Count, manifest.Entries.Count, keyId);
    }

    private static void CheckFiles(DossierManifest manifest, IReadOnlyDictionary<string, byte[]> files, List<string> problems)
    {
        foreach (var file in manifest.Files)
        {
            if (!files.TryGetValue(file.Path, out var bytes))
            {
                problems.Add($"{file.Path}: listed in the manifest but missing from the dossier");
                continue;
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (hash != file.Sha256 || bytes.LongLength != file.Length)
            {
                problems.Add($"{file.Path}: SHA-256 is {hash} ({bytes.LongLength} bytes), the manifest says {file.Sha256} ({file.Length} bytes)");
            }
        }

        foreach (var path in files.Keys.Where(p => p != DossierManifest.FileName && manifest.Files.All(f => f.Path != p)))
        {
            problems.Add($"{path}: in the dossier but not in the manifest");
        }
    }

    private static Checkpoint? CheckCheckpoint(DossierManifest manifest, List<string> problems, out string? keyId)
    {
        keyId = null;
        var key = NoteVerifierKey.Parse(manifest.VerifierKey);
        var note = SignedNote.Parse(manifest.Checkpoint);
        if (!key.IsSuccess || !note.IsSuccess)
        {
            problems.Add("the checkpoint or the verifier key cannot be read");
            return null;
        }

        keyId = key.Value.KeyId.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        if (!note.Value.Verify([key.Value]).IsSuccess)
        {
            problems.Add($"the checkpoint's signature does not verify with key {key.Value.Name}+{keyId}");
            return null;
        }

        var checkpoint = Checkpoint.Parse(note.Value.Text);
        if (!checkpoint.IsSuccess)
        {
            problems.Add("the signed checkpoint text is malformed");
            return null;
        }

        return checkpoint.Value;
    }

    private static HashSet<string> CheckEntries(DossierManifest manifest, MerkleHasher hasher, Checkpoint checkpoint, List<string> problems)
    {
        var verifier = new ProofVerifier(hasher);
        var recordedFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in manifest.Entries)
        {
            byte[] leaf;
            List<byte[]> proof;
            try
            {
                leaf = Convert.FromBase64String(entry.Leaf);
                proof = entry.Proof.Select(Convert.FromBase64String).ToList();
            }
            catch (FormatException)
            {
                problems.Add($"entry {entry.Index}: not valid base64");
                continue;
            }

            var included = verifier.VerifyInclusion(entry.Index, checkpoint.Size, hasher.HashLeaf(leaf), proof, checkpoint.RootHash);
            if (!included.IsValid)
            {
                problems.Add($"entry {entry.Index}: not included in the checkpoint of {checkpoint.Size} entries");
                continue;
            }

            var decoded = LedgerEntry.Decode(leaf);
            if (!decoded.IsSuccess || decoded.Value.Subject != $"case/{manifest.CaseId}")
            {
                problems.Add($"entry {entry.Index}: not an entry of case {manifest.CaseId}");
                continue;
            }

            recordedFiles.UnionWith(decoded.Value.FileSha256);
        }

        return recordedFiles;
    }
}

/// <summary>The outcome of checking a dossier: every problem found, and what was checked.</summary>
public sealed record DossierReport(IReadOnlyList<string> Problems, int Files, int Entries, string? KeyId)
{
    public bool IsValid => Problems.Count == 0;
}
