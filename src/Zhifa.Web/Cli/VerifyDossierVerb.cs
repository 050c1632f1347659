using System.IO.Compression;
using System.Text.Json;
using Zhifa.Domain.Cases.Dossier;
using Zhifa.Infrastructure.Cases;

namespace Zhifa.Web.Cli;

/// <summary>
/// Checks an electronic dossier ZIP offline, with no database and no network: file hashes, the checkpoint's
/// signature, and each record entry's inclusion proof. Exit 0 when all holds, 1 listing every problem.
/// </summary>
internal sealed class VerifyDossierVerb : IVerb
{
    /// <summary>A dossier's files are read whole; no genuine dossier comes near this.</summary>
    private const long MaxUncompressedBytes = 2L * 1024 * 1024 * 1024;

    public string Name => "verify dossier";

    public string Usage => "verify dossier FILE.zip";

    public string Summary => "check a case's exported dossier offline";

    public bool NeedsHost => false;

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments)
    {
        if (arguments.Length != 1)
        {
            await Console.Error.WriteLineAsync("zhifa: verify dossier: name one dossier ZIP file, as exported from the case page.");
            return 64;
        }

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        DossierManifest? manifest;
        try
        {
            using var zip = ZipFile.OpenRead(arguments[0]);
            if (zip.Entries.Sum(e => e.Length) > MaxUncompressedBytes)
            {
                await Console.Error.WriteLineAsync($"verify dossier: FAILED: {arguments[0]} expands to more than {MaxUncompressedBytes} bytes.");
                return 1;
            }

            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                await using var stream = entry.Open();
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer);
                files[entry.FullName] = buffer.ToArray();
            }

            manifest = files.TryGetValue(DossierManifest.FileName, out var json)
                ? JsonSerializer.Deserialize<DossierManifest>(json, DossierExporter.Json)
                : null;
        }
        catch (Exception e) when (e is InvalidDataException or JsonException)
        {
            await Console.Error.WriteLineAsync($"verify dossier: FAILED: {arguments[0]} is not a readable dossier ZIP: {e.Message}");
            return 1;
        }

        if (manifest is null)
        {
            await Console.Error.WriteLineAsync($"verify dossier: FAILED: {arguments[0]} has no {DossierManifest.FileName}.");
            return 1;
        }

        var report = DossierVerifier.Verify(manifest, files);
        if (!report.IsValid)
        {
            foreach (var problem in report.Problems)
            {
                await Console.Error.WriteLineAsync($"verify dossier: FAILED: {problem}");
            }

            return 1;
        }

        Console.WriteLine(
            $"verify dossier: OK: case {manifest.CaseNumber}, {report.Files} files, {report.Entries} record entries, " +
            $"checkpoint signed by key id {report.KeyId}; compare it with the key the agency publishes at /api/ledger/key.");
        return 0;
    }
}
