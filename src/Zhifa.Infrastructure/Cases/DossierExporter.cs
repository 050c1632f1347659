using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Cases.Dossier;
using Zhifa.Infrastructure.Files;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Cases;

/// <summary>
/// Writes a case's electronic dossier as one ZIP: case.json (the facts and the history in order), the
/// documents, and manifest.json with every file's SHA-256, the case's record entries with inclusion proofs
/// and the signed checkpoint they prove against. <c>verify dossier FILE</c> checks it offline.
/// </summary>
public sealed class DossierExporter(
    CaseService cases,
    LedgerReader ledger,
    LedgerLog log,
    CheckpointSigner signer,
    LedgerKey key,
    ContentStore store,
    TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task ExportAsync(EnforcementCase c, Stream output, CancellationToken ct)
    {
        var (info, _) = await log.OpenAsync(ct);
        var checkpoint = await signer.SignIfDueAsync(ct);
        var files = new List<(string Path, byte[] Bytes)>();

        var steps = await cases.StepsAsync(c.Id, ct);
        files.Add(("case.json", JsonSerializer.SerializeToUtf8Bytes(new { @case = c, steps }, Json)));
        var documents = await cases.DocumentsAsync(c.Id, ct);
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var bytes = await File.ReadAllBytesAsync(store.PathFor(document.Sha256), ct);
            files.Add(($"documents/{i + 1:00}-{document.Kind}-{document.Format}{Path.GetExtension(document.FileName)}", bytes));
        }

        var entries = new List<DossierEntry>();
        foreach (var row in (await ledger.TimelineAsync(CaseRecord.Subject(c.Id), ct)).Where(r => r.Index < checkpoint.Size))
        {
            var proof = await ledger.InclusionAsync(row.Index, checkpoint.Size, ct);
            entries.Add(new DossierEntry(row.Index, Convert.ToBase64String(row.Leaf), proof.Value.Proof.Select(Convert.ToBase64String).ToList()));
        }

        var manifest = new DossierManifest(
            DossierManifest.CurrentFormat,
            c.Id,
            c.Number,
            clock.GetUtcNow(),
            info.HashAlgorithm,
            checkpoint.SignedNote,
            key.VerifierKey,
            files.Select(f => new DossierFile(f.Path, Convert.ToHexStringLower(SHA256.HashData(f.Bytes)), f.Bytes.LongLength)).ToList(),
            entries);

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (path, bytes) in files)
        {
            await using var stream = await zip.CreateEntry(path, CompressionLevel.Optimal).OpenAsync(ct);
            await stream.WriteAsync(bytes, ct);
        }

        await using var manifestStream = await zip.CreateEntry(DossierManifest.FileName).OpenAsync(ct);
        await JsonSerializer.SerializeAsync(manifestStream, manifest, Json, ct);
    }
}
