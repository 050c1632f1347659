using System.IO.Compression;
using System.Net;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Lists;

/// <summary>Malformed and hostile import files found by trying to break the import, each rejected with a clear message.</summary>
public sealed class ImportHardeningTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private const string Header = "所属机构代码,编号,执法事项编码（*为全部）,执法环节,记录方式,是否全程记录\n";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task Import_UnclosedQuote_IsRejectedNotSwallowed()
    {
        var legal = await factory.SignedInAsync("legal");
        var csv = Header + "czrf,UQ-1,*,送达,\"照相,否\nczrf,UQ-2,*,送达,照相,否\nczrf,UQ-3,*,送达,照相,否\n";

        var response = await legal.PostAsync("/api/lists/recording-matters/import", Csv.Content(csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("import.cell_count", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await legal.EntriesAsync("recording-matters", "UQ-"));
    }

    [Fact]
    public async Task Import_DuplicateHeaderColumn_IsRejected()
    {
        var legal = await factory.SignedInAsync("legal");
        var csv = "所属机构代码,编号,编号,执法事项编码（*为全部）,执法环节,记录方式,是否全程记录\nczrf,D-1,D-1,*,送达,照相,否\n";

        var response = await legal.PostAsync("/api/lists/recording-matters/import", Csv.Content(csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("import.duplicate_column", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_XlsxUnpackingPast100MB_IsRejectedUnread()
    {
        var legal = await factory.SignedInAsync("legal");
        var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 110; i++)
            {
                await entry.WriteAsync(zeros);
            }
        }

        var response = await legal.PostAsync("/api/lists/recording-matters/import", Csv.Content(bomb.ToArray(), XlsxType));

        Assert.True(bomb.Length < 1_000_000, $"the test file has {bomb.Length} bytes");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unpacks to more than", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ByOfficer_IsForbiddenBeforeReading()
    {
        var officer = await factory.SignedInAsync("officer");

        var response = await officer.PostAsync("/api/lists/recording-matters/import", Csv.Content(Header + "czrf,O-1,*,送达,照相,否\n"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("list.not_maintainer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithNulCharacter_IsIgnoredNotFailed()
    {
        var legal = await factory.SignedInAsync("legal");

        var response = await legal.GetAsync("/api/lists/personnel?search=1404%00001");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/%5Cevil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("//evil.example")]
    public async Task LanguageSwitch_ForeignReturnUrl_GoesHome(string returnUrl)
    {
        var response = await factory.CreateBrowser().GetAsync("/language/en?returnUrl=" + returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
