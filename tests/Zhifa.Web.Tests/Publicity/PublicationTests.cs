using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Domain.Cases;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Publicity;

/// <summary>
/// Publication of a decided case through the API: preview, approval, the portal's JSON, CSV and Atom, search,
/// withdrawal, and the full-process record. FC-26: none of the party's raw data leaves in any published form.
/// </summary>
public sealed class PublicationTests(PublicityFactory factory) : IClassFixture<PublicityFactory>
{
    [Fact]
    public async Task Publish_then_withdraw_removes_the_decision_everywhere()
    {
        var id = await factory.SeedDecidedCaseAsync("王测试擅自拆除人防工程防护设备案");
        var head = await factory.SignedInAsync("head");
        var anonymous = factory.CreateClient();

        var preview = await head.GetFromJsonAsync<JsonElement>($"/api/publicity/cases/{id}/preview");
        Fc26.AssertNoOriginals(preview.GetProperty("draft").GetRawText());
        Assert.Equal("王某某", preview.GetProperty("draft").GetProperty("party").GetString());
        Assert.Equal("长治市人民防空办公室", preview.GetProperty("draft").GetProperty("body").GetString());
        // Decided Friday 29 May 2026: 7 working days, 1 June to 9 June.
        Assert.Equal("2026-06-09", preview.GetProperty("due").GetString());

        var officer = await factory.SignedInAsync("officer");
        var refused = await officer.PostAsJsonAsync($"/api/publicity/cases/{id}/publish", new { digest = preview.GetProperty("digest").GetString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("publicity.not_authorised", await refused.Content.ReadAsStringAsync());
        var stale = await head.PostAsJsonAsync($"/api/publicity/cases/{id}/publish", new { digest = "0000" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var published = await PublicityFactory.PublishAsync(head, id);
        Assert.Equal(1, published.GetProperty("version").GetInt32());

        var list = await anonymous.GetStringAsync("/api/public/publications?q=" + Uri.EscapeDataString("人防工程"));
        Assert.Contains(id.ToString(), list, StringComparison.Ordinal);
        Fc26.AssertNoOriginals(list);
        var csvBytes = await anonymous.GetByteArrayAsync("/api/public/publications/export.csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], csvBytes[..3]);
        var csv = Encoding.UTF8.GetString(csvBytes);
        Assert.Contains("王某某", csv, StringComparison.Ordinal);
        Fc26.AssertNoOriginals(csv);
        var atom = await anonymous.GetStringAsync("/api/public/publications/feed.atom");
        Assert.Contains("王某某", atom, StringComparison.Ordinal);
        Fc26.AssertNoOriginals(atom);
        var page = await anonymous.GetStringAsync($"/portal/decisions/{id}");
        Assert.Contains("王某某", page, StringComparison.Ordinal);
        Fc26.AssertNoOriginals(page);
        var outbox = await OutboxBodiesAsync(id);
        Assert.Single(outbox);
        Fc26.AssertNoOriginals(Encoding.UTF8.GetString(outbox[0]));

        var since = JsonDocument.Parse(await anonymous.GetStringAsync("/api/public/publications/changes")).RootElement.GetProperty("nextSince").GetInt64();

        var withdrawn = await head.PostAsJsonAsync($"/api/publicity/cases/{id}/withdraw", new { reason = "Revoked", note = "经行政复议撤销", eventOn = "2026-06-01" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        Assert.DoesNotContain(id.ToString(), await anonymous.GetStringAsync("/api/public/publications?q=" + Uri.EscapeDataString("人防工程")), StringComparison.Ordinal);
        Assert.DoesNotContain("王某某擅自拆除", Encoding.UTF8.GetString(await anonymous.GetByteArrayAsync("/api/public/publications/export.csv")), StringComparison.Ordinal);
        var single = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/publications/{id}");
        Assert.Equal("withdrawn", single.GetProperty("state").GetString());
        Assert.Equal("该决定已被撤销：经行政复议撤销", single.GetProperty("withdrawalNote").GetString());
        Assert.False(single.TryGetProperty("facts", out _));
        var portal = await anonymous.GetStringAsync($"/portal/decisions/{id}");
        Assert.Contains("该决定已被撤销：经行政复议撤销", portal, StringComparison.Ordinal);
        Assert.DoesNotContain("擅自拆除人防工程防护设备。", portal, StringComparison.Ordinal);

        var changes = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/publications/changes?since={since}");
        var change = Assert.Single(changes.GetProperty("items").EnumerateArray());
        Assert.Equal("withdrawn", change.GetProperty("state").GetString());

        var events = await OutboxBodiesAsync(id);
        Assert.Equal(2, events.Count);
        var withdrawal = JsonDocument.Parse(events[1]).RootElement;
        Assert.Equal("cn.zhifa.publicity.withdrawn", withdrawal.GetProperty("type").GetString());
        Assert.Equal(2, withdrawal.GetProperty("sequence").GetInt32());

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.Subject == $"case/{id}").Select(e => e.Action).ToListAsync();
        Assert.Equal(["publicity.published", "publicity.withdrawn"], entries);
    }

    [Fact]
    public async Task Csv_cell_beginning_with_equals_is_neutralised()
    {
        var id = await factory.SeedDecidedCaseAsync("未按规定修建防空地下室案", "=HYPERLINK(\"http://127.0.0.1/x\")样例公司", PartyKind.Unit);
        var head = await factory.SignedInAsync("head");
        await PublicityFactory.PublishAsync(head, id);

        var csv = Encoding.UTF8.GetString(await factory.CreateClient().GetByteArrayAsync("/api/public/publications/export.csv"));

        Assert.Contains("\"'=HYPERLINK(\"\"http://127.0.0.1/x\"\")样例公司\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'")]
    [InlineData("\"")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    [InlineData("人防' OR 1=1 --")]
    [InlineData("\"人防\" NEAR(工程) *")]
    [InlineData("📷🚧")]
    [InlineData("人")]
    [InlineData("%_%")]
    public async Task Any_search_text_returns_a_list(string q)
    {
        var response = await factory.CreateClient().GetAsync("/api/public/publications?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await factory.CreateClient().GetAsync("/portal/decisions?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Long_search_text_returns_a_list()
    {
        var response = await factory.CreateClient().GetAsync("/api/public/publications?q=" + Uri.EscapeDataString(new string('工', 5000)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/public/publications?cursor=0", "cursor")]
    [InlineData("/api/public/publications?cursor=-5", "cursor")]
    [InlineData("/api/public/publications?cursor=abc", "cursor")]
    [InlineData("/api/public/publications?limit=201", "limit")]
    [InlineData("/api/public/publications/changes?since=99999999", "since")]
    public async Task Out_of_range_paging_gets_400_with_the_range(string url, string parameter)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains($"'{parameter}'", body, StringComparison.Ordinal);
        Assert.Contains("must be a whole number from", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cursor_pages_through_without_repeats()
    {
        var head = await factory.SignedInAsync("head");
        for (var i = 0; i < 3; i++)
        {
            await PublicityFactory.PublishAsync(head, await factory.SeedDecidedCaseAsync($"分页测试{i}人防工程案"));
        }

        var client = factory.CreateClient();
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/public/publications?limit=1&q=" + Uri.EscapeDataString("分页测试") + (cursor is null ? "" : "&cursor=" + cursor));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(x => x.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextCursor").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        while (cursor is not null);

        Assert.Equal(3, seen.Count);
        Assert.Equal(3, seen.Distinct().Count());
    }

    private async Task<List<byte[]>> OutboxBodiesAsync(Guid caseId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        return await db.OutboxEvents.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.CaseSequence).Select(e => e.Body).ToListAsync();
    }
}
