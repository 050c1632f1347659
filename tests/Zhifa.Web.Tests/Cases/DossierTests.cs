using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Zhifa.Domain.Cases.Dossier;
using Zhifa.Infrastructure.Cases;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Cases;

/// <summary>The electronic dossier: exported as one ZIP, checked offline, and any change to it detected.</summary>
public sealed class DossierTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private readonly CaseApiClient _api = new(factory);

    [Fact]
    public async Task Exported_dossier_verifies_offline()
    {
        var (manifest, files) = await ExportAsync();

        var report = DossierVerifier.Verify(manifest, files);

        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        Assert.Equal(5, report.Entries);
        var history = JsonDocument.Parse(files["case.json"]).RootElement.GetProperty("steps");
        Assert.Equal(4, history.GetArrayLength());
    }

    [Fact]
    public async Task Changed_file_fails_verification()
    {
        var (manifest, files) = await ExportAsync();
        var changed = new Dictionary<string, byte[]>(files)
        {
            ["case.json"] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(files["case.json"]).Replace("测试单位", "别的单位", StringComparison.Ordinal)),
        };

        var report = DossierVerifier.Verify(manifest, changed);

        Assert.Contains(report.Problems, p => p.StartsWith("case.json: SHA-256 is", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forged_entry_fails_verification()
    {
        var (manifest, files) = await ExportAsync();
        var first = manifest.Entries[0];
        var leaf = Encoding.UTF8.GetString(Convert.FromBase64String(first.Leaf)).Replace("case.registered", "case.archive", StringComparison.Ordinal);
        var forged = manifest with { Entries = [first with { Leaf = Convert.ToBase64String(Encoding.UTF8.GetBytes(leaf)) }, .. manifest.Entries.Skip(1)] };

        var report = DossierVerifier.Verify(forged, files);

        Assert.Contains($"entry {first.Index}: not included in the checkpoint", report.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_checks_a_dossier_file()
    {
        var id = await FiledCaseAsync();
        var zip = await (await _api.AsAsync("officer")).GetByteArrayAsync($"/api/cases/{id}/dossier.zip");
        var path = Path.Combine(Path.GetTempPath(), $"dossier-{Guid.NewGuid():N}.zip");
        await File.WriteAllBytesAsync(path, zip);
        await using var store = new TestStore();
        try
        {
            using var ok = await ZhifaProcess.RunVerbAsync(store, $"verify dossier {path}", TimeSpan.FromMinutes(1));
            Assert.Equal(0, ok.ExitCode);
            Assert.Contains("verify dossier: OK: case 长人防立〔2026〕", ok.StandardOutput);

            await File.WriteAllBytesAsync(path, zip.AsSpan(0, zip.Length / 2).ToArray());
            using var cut = await ZhifaProcess.RunVerbAsync(store, $"verify dossier {path}", TimeSpan.FromMinutes(1));
            Assert.Equal(1, cut.ExitCode);
            Assert.Contains("is not a readable dossier ZIP", cut.StandardError);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Dossier_of_other_county_answers_404()
    {
        var id = await FiledCaseAsync();
        var county = await _api.AsAsync("luzhou.officer");

        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/api/cases/{id}/dossier.zip")).StatusCode);
    }

    private async Task<(DossierManifest Manifest, Dictionary<string, byte[]> Files)> ExportAsync()
    {
        var id = await FiledCaseAsync();
        var zip = await (await _api.AsAsync("officer")).GetByteArrayAsync($"/api/cases/{id}/dossier.zip");
        using var archive = new ZipArchive(new MemoryStream(zip));
        var files = new Dictionary<string, byte[]>();
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            files[entry.FullName] = buffer.ToArray();
        }

        var manifest = JsonSerializer.Deserialize<DossierManifest>(files[DossierManifest.FileName], DossierExporter.Json)!;
        return (manifest, files);
    }

    private async Task<Guid> FiledCaseAsync()
    {
        _api.SetToday(6, 1);
        var zhang = await _api.OfficerIdAsync("14040001");
        var li = await _api.OfficerIdAsync("14040002");
        var id = await _api.RegisterAsync("officer", new
        {
            procedure = "GeneralPenalty",
            matterId = await _api.MatterIdAsync("CZRF-CF-001"),
            title = "卷宗测试案",
            partyKind = "Unit",
            partyName = "测试单位",
            officerIds = new[] { zhang, li },
        });
        await _api.StepAsync("head", id, "approve-filing", new() { ["officerIds"] = new[] { zhang, li } });
        await _api.StepAsync("officer", id, "declare-recusal", new() { ["conflict"] = false });
        await _api.StepAsync("officer2", id, "declare-recusal", new() { ["conflict"] = false });
        await _api.StepAsync("officer", id, "start-investigation");
        return id;
    }
}
