using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Zhifa.Domain.Cases.Dossier;
using Zhifa.Infrastructure.Cases;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Cases;

/// <summary>
/// Documents generated from a decided case: the penalty decision's PDF holds the party, facts, basis, penalty
/// and the officers' certificate numbers as text, renders Chinese glyphs, and enters the dossier with proof.
/// </summary>
/// <remarks>Each test moves the fake clock forward from 2026-06-01, so each runs on a host of its own.</remarks>
public sealed class CaseDocumentTests
{

    [Fact]
    public async Task Penalty_decision_pdf_holds_the_decision()
    {
        await using var factory = new ZhifaFactory();
        var api = new CaseApiClient(factory);
        var id = await DecidedCaseAsync(api);
        var folder = Directory.CreateTempSubdirectory("zhifa-decision-").FullName;
        try
        {
            var pdf = Path.Combine(folder, "decision.pdf");
            await File.WriteAllBytesAsync(pdf, await GenerateAsync(api, id, "PenaltyDecision", "pdf"));

            var text = Flat(await Tool.RunAsync("pdftotext", pdf, "-"));
            Assert.Contains("测试（长治）样例有限公司", text);
            Assert.Contains("擅自拆除设置在其楼顶的人民防空警报设施", text);
            Assert.Contains("违反了《中华人民共和国人民防空法》第二十七条的规定", text);
            Assert.Contains("第四十九条，综合考虑一般情节", text);
            Assert.Contains("罚款人民币20,000.00元（贰万元整）", text);
            Assert.Contains("14040001", text);
            Assert.Contains("14040002", text);
            Assert.Contains("长治市人民政府申请行政复议", text);
            Assert.Contains("长人防罚〔2026〕", text);

            await Tool.RunAsync("pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", pdf, Path.Combine(folder, "page"));
            var png = Directory.GetFiles(folder, "page*.png").Single();
            var ocr = Flat(await Tool.RunAsync("tesseract", png, "-", "-l", "chi_sim"));
            Assert.Contains("行政处罚决定书", ocr);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Docx_holds_the_same_text()
    {
        await using var factory = new ZhifaFactory();
        var api = new CaseApiClient(factory);
        var id = await DecidedCaseAsync(api);
        var docx = await GenerateAsync(api, id, "PenaltyDecision", "docx");

        using var archive = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(archive.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("测试（长治）样例有限公司", xml);
        Assert.Contains("w:eastAsia=\"仿宋_GB2312\"", xml);
    }

    [Fact]
    public async Task Document_before_its_stage_is_refused()
    {
        await using var factory = new ZhifaFactory();
        var api = new CaseApiClient(factory);
        var id = await RegisteredCaseAsync(api);
        var client = await api.AsAsync("officer");

        var early = await client.PostAsync($"/api/cases/{id}/documents/PenaltyDecision?format=pdf", null);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var unknown = await client.PostAsync($"/api/cases/{id}/documents/Poem?format=pdf", null);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Signed_scan_is_stored_and_proven_in_the_dossier()
    {
        await using var factory = new ZhifaFactory();
        var api = new CaseApiClient(factory);
        var id = await DecidedCaseAsync(api);
        var folder = Directory.CreateTempSubdirectory("zhifa-scan-").FullName;
        try
        {
            var png = Path.Combine(folder, "scan.png");
            await Tool.RunAsync("convert", "-size", "300x200", "xc:white", "-fill", "black", "-draw", "rectangle 20,20 120,60", png);
            var client = await api.AsAsync("officer");
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(await File.ReadAllBytesAsync(png));
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(file, "file", "送达回证-签收.png");

            var upload = await client.PostAsync($"/api/cases/{id}/documents/ProofOfDelivery/scan", form);
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);

            var text = new StringContent("not a scan");
            var refused = await client.PostAsync($"/api/cases/{id}/documents/ProofOfDelivery/scan", text);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("case.scan_type", await refused.Content.ReadAsStringAsync());

            var zip = await client.GetByteArrayAsync($"/api/cases/{id}/dossier.zip");
            using var archive = new ZipArchive(new MemoryStream(zip));
            var files = archive.Entries.ToDictionary(e => e.FullName, e =>
            {
                using var s = e.Open();
                using var m = new MemoryStream();
                s.CopyTo(m);
                return m.ToArray();
            });
            Assert.Contains(files.Keys, k => k.StartsWith("documents/", StringComparison.Ordinal) && k.EndsWith(".png", StringComparison.Ordinal));
            var manifest = JsonSerializer.Deserialize<DossierManifest>(files[DossierManifest.FileName], DossierExporter.Json)!;
            var report = DossierVerifier.Verify(manifest, files);
            Assert.True(report.IsValid, string.Join("\n", report.Problems));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<byte[]> GenerateAsync(CaseApiClient api, Guid id, string kind, string format)
    {
        var client = await api.AsAsync("officer");
        var created = await client.PostAsync($"/api/cases/{id}/documents/{kind}?format={format}", null);
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, body);
        var location = created.Headers.Location!.ToString();
        return await client.GetByteArrayAsync(location);
    }

    private static async Task<Guid> RegisteredCaseAsync(CaseApiClient api) => await api.RegisterAsync("officer", new
    {
        procedure = "GeneralPenalty",
        matterId = await api.MatterIdAsync("CZRF-CF-001"),
        title = "擅自拆除人民防空警报设施案",
        source = "Complaint",
        actDate = "2026-05-20",
        partyKind = "Unit",
        partyName = "测试（长治）样例有限公司",
        partyIdNumber = "91140400MA0TEST01X",
        partyAddress = "长治市测试区样例路1号",
        legalRepresentative = "王测试",
        officerIds = new[] { await api.OfficerIdAsync("14040001"), await api.OfficerIdAsync("14040002") },
    });

    /// <summary>A unit fined 20,000 yuan: not major, no hearing right; decided after the statement period.</summary>
    private static async Task<Guid> DecidedCaseAsync(CaseApiClient api)
    {
        var id = await RegisteredCaseAsync(api);
        var officers = new[] { await api.OfficerIdAsync("14040001"), await api.OfficerIdAsync("14040002") };
        await api.StepAsync("head", id, "approve-filing", new() { ["officerIds"] = officers });
        await api.StepAsync("officer", id, "declare-recusal", new() { ["conflict"] = false });
        await api.StepAsync("officer2", id, "declare-recusal", new() { ["conflict"] = false });
        await api.StepAsync("officer", id, "start-investigation");
        await api.StepAsync("officer", id, "propose-decision", new()
        {
            ["outcome"] = "Penalty",
            ["penalties"] = "Warning, Fine",
            ["fineAmount"] = 20_000,
            ["facts"] = "当事人于2026年5月20日擅自拆除设置在其楼顶的人民防空警报设施。",
            ["evidence"] = "现场检查笔录、询问笔录、现场照片",
            ["legalBasis"] = "《中华人民共和国人民防空法》第二十七条",
            ["discretionReason"] = "一般情节",
            ["correctionOrder"] = "于2026年7月31日前恢复警报设施。",
        });
        await api.StepAsync("officer", id, "serve-prior-notice");
        api.SetToday(6, 9);
        await api.StepAsync("head", id, "decide");
        return id;
    }

    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
