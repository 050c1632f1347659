using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.RandomInspection;

/// <summary>The directory of regulated entities imports like a list and stays off the portal.</summary>
public sealed class DirectoryImportTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private const string Header = "organisation,code,name,kind,region,address,risk_level,owner_code";

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return await client.PostAsync("/api/lists/regulated-entities/import", content);
    }

    [Fact]
    public async Task Import_BadRows_ReportsLineColumnAndChangesNothing()
    {
        var legal = await factory.SignedInAsync("legal");
        var before = (await legal.EntriesAsync("regulated-entities")).Count;
        var csv = $"{Header}\nczrf,RF-GC-0900,样例新建人防工程,菜市场,潞州区,,中,\nczrf,RF-GC-0901,样例人防工程二,人防工程,潞州区,,极高,\n";

        var response = await ImportAsync(legal, csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString()))
            .ToList();
        Assert.Contains((2, "kind"), errors);
        Assert.Contains((3, "risk_level"), errors);
        Assert.Equal(before, (await legal.EntriesAsync("regulated-entities")).Count);
    }

    [Fact]
    public async Task Import_ValidRows_AddsEntities()
    {
        var legal = await factory.SignedInAsync("legal");
        var csv = $"{Header}\nczrf,RF-GC-0950,样例导入人防工程,人防工程,潞州区,潞州区样例路9号,高,91140400TEST00009X\n";

        var response = await ImportAsync(legal, csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = (await legal.EntriesAsync("regulated-entities")).Single(e => e.Values["code"] == "RF-GC-0950");
        Assert.Equal("高", entry.Values["risk_level"]);
        Assert.Equal("91140400TEST00009X", entry.Values["owner_code"]);
    }

    [Fact]
    public async Task Portal_Directory_IsNotPublished()
    {
        var anonymous = factory.CreateBrowser();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/public/lists/regulated-entities")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/portal/lists/regulated-entities")).StatusCode);
    }
}
