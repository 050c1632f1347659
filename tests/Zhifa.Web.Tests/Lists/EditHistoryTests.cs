using System.Net;
using System.Text.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Lists;

/// <summary>Edits keep every previous version; stale edits are refused; certificates show their state.</summary>
public sealed class EditHistoryTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    [Fact]
    public async Task Edit_ChangedPost_KeepsPreviousVersion()
    {
        var legal = await factory.SignedInAsync("legal");
        var officer = (await legal.EntriesAsync("personnel")).Single(e => e.Values["certificate_number"] == "14040002");

        var response = await legal.UpdateEntryAsync("personnel", officer.Id, officer.Version, new() { ["post"] = "副科长" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var history = (await legal.GetJsonAsync($"/api/lists/personnel/{officer.Id}/history")).EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal("科员", history[0].GetProperty("values").GetProperty("post").GetString());
        Assert.Equal("副科长", history[1].GetProperty("values").GetProperty("post").GetString());
        var change = history[1].GetProperty("changes").EnumerateArray().Single();
        Assert.Equal("post", change.GetProperty("column").GetString());
        Assert.Equal("科员", change.GetProperty("previous").GetString());
        Assert.Equal("周样例", history[1].GetProperty("changedBy").GetString());
    }

    [Fact]
    public async Task Edit_StaleVersion_IsRefusedWith409()
    {
        var legal = await factory.SignedInAsync("legal");
        var matter = (await legal.EntriesAsync("random-inspection-matters")).Single(e => e.Values["code"] == "CZRF-SJ-002");
        await legal.UpdateEntryAsync("random-inspection-matters", matter.Id, matter.Version, new() { ["frequency"] = "每半年一次" });

        var stale = await legal.UpdateEntryAsync("random-inspection-matters", matter.Id, matter.Version, new() { ["frequency"] = "每季度一次" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("list.stale_version", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var current = (await legal.EntriesAsync("random-inspection-matters")).Single(e => e.Id == matter.Id);
        Assert.Equal("每半年一次", current.Values["frequency"]);
    }

    [Fact]
    public async Task EditPage_InvalidDate_ShowsChineseFieldError()
    {
        var legal = await factory.SignedInAsync("legal");
        var officer = (await legal.EntriesAsync("personnel")).Single(e => e.Values["certificate_number"] == "14040005");
        var url = $"/admin/lists/personnel/edit/{officer.Id}";
        var fields = officer.Values.Select(v => new KeyValuePair<string, string>($"values[{v.Key}]", v.Value)).ToList();
        fields.RemoveAll(f => f.Key == "values[valid_to]");
        fields.Add(new("values[valid_to]", "2029/02/30"));
        fields.Add(new("version", officer.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var response = await legal.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不是有效日期", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditPage_ValidChange_RedirectsToHistory()
    {
        var legal = await factory.SignedInAsync("legal");
        var officer = (await legal.EntriesAsync("personnel")).Single(e => e.Values["certificate_number"] == "14040003");
        var fields = officer.Values
            .Select(v => new KeyValuePair<string, string>($"values[{v.Key}]", v.Key == "area" ? "长治市及所辖县区" : v.Value))
            .Append(new("version", officer.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

        var response = await legal.PostFormAsync($"/admin/lists/personnel/edit/{officer.Id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var history = await legal.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("长治市及所辖县区", history, StringComparison.Ordinal);
        Assert.Contains("第2版", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Personnel_ExpiredCertificate_ShowsExpired()
    {
        var legal = await factory.SignedInAsync("legal");

        var root = await legal.GetJsonAsync("/api/lists/personnel?search=14040004");

        var item = root.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("Expired", item.GetProperty("certificateState").GetString());
    }

    [Fact]
    public async Task Portal_ExpiredCertificate_ShowsExpiredInChinese()
    {
        var page = await factory.CreateBrowser().GetStringAsync("/portal/lists/personnel");

        var row = page[page.IndexOf("14040006", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("已过期", row, StringComparison.Ordinal);
        var validRow = page[page.IndexOf("14040001", StringComparison.Ordinal)..];
        Assert.Contains("有效", validRow[..validRow.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ThenImport_ChangesNothing()
    {
        var legal = await factory.SignedInAsync("legal");
        var exported = await legal.GetByteArrayAsync("/api/lists/matters/export?format=xlsx");

        var response = await legal.PostAsync(
            "/api/lists/matters/import",
            Csv.Content(exported, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, report.GetProperty("created").GetInt32());
        Assert.Equal(0, report.GetProperty("updated").GetInt32());
        Assert.Equal(6, report.GetProperty("unchanged").GetInt32());
    }
}
