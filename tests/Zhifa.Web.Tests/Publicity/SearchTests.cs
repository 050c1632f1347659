using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Publicity;

/// <summary>
/// Search of published decisions through the index of the PublicationSearch migration (SQLite FTS5 trigram,
/// PostgreSQL pg_trgm GIN), with LIKE for terms under 3 characters. It finds the same rows as a substring
/// match, and any search text gets a list, never an error.
/// </summary>
public sealed class SearchTests(PublicityFactory factory) : IClassFixture<PublicityFactory>
{
    [Fact]
    public async Task Search_finds_term_mid_text_through_index()
    {
        var marker = Marker();
        var id = await PublishedAsync($"某公司在地下室{marker}擅自改造人防工程通风口案");

        // 人防工程 is in the middle of the title and of the facts.
        Assert.Contains(id, await SearchAsync("人防工程"));
        Assert.Contains(id, await SearchAsync($"{marker}擅自改造人防"));
        Assert.Contains(id, await SearchAsync("擅自改造人防工程通风口"));
        Assert.DoesNotContain(id, await SearchAsync($"{marker}擅自改造人防工程防护设备"));

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        if (db.IsSqlite)
        {
            var sequence = await db.Publications.Where(p => p.CaseId == Guid.Parse(id)).Select(p => p.FeedSequence).SingleAsync();
            var hits = await db.Database
                .SqlQueryRaw<long>("SELECT rowid AS \"Value\" FROM publications_search WHERE publications_search MATCH {0}", $"\"{marker}擅自\"")
                .ToListAsync();
            Assert.Equal([sequence], hits);
        }
        else
        {
            var indexes = await db.Database
                .SqlQueryRaw<string>("SELECT indexdef AS \"Value\" FROM pg_indexes WHERE indexname = 'IX_publications_SearchText_trgm'")
                .ToListAsync();
            Assert.Contains("gin_trgm_ops", Assert.Single(indexes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Search_finds_two_characters_by_fallback()
    {
        var id = await PublishedAsync($"{Marker()}未按规定修建防空地下室案");

        // Both terms are too short for a trigram. Among this class's cases, only this title contains 修建.
        Assert.Contains(id, await SearchAsync("修建"));
        Assert.Contains(id, await SearchAsync("人防"));
    }

    [Fact]
    public async Task Search_skips_superseded_and_withdrawn_text()
    {
        var head = await factory.SignedInAsync("head");
        var before = Marker();
        var after = Marker();
        var changed = await factory.SeedDecidedCaseAsync($"{before}占用人防工程案");
        await PublicityFactory.PublishAsync(head, changed);
        Assert.Contains(changed.ToString(), await SearchAsync(before));

        await RetitleAsync(changed, $"{after}占用人防工程案");
        var republished = await PublicityFactory.PublishAsync(head, changed);
        Assert.Equal(2, republished.GetProperty("version").GetInt32());
        Assert.DoesNotContain(changed.ToString(), await SearchAsync(before));
        Assert.Contains(changed.ToString(), await SearchAsync(after));

        var withdrawnMarker = Marker();
        var withdrawnId = await factory.SeedDecidedCaseAsync($"{withdrawnMarker}占用人防工程案");
        await PublicityFactory.PublishAsync(head, withdrawnId);
        var withdrawn = await head.PostAsJsonAsync($"/api/publicity/cases/{withdrawnId}/withdraw", new { reason = "Revoked", note = "经行政复议撤销", eventOn = "2026-06-01" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Empty(await SearchAsync(withdrawnMarker));
        var shortTerm = await SearchAsync("占用");
        Assert.Contains(changed.ToString(), shortTerm);
        Assert.DoesNotContain(withdrawnId.ToString(), shortTerm);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"\"")]
    [InlineData("*")]
    [InlineData("人防*")]
    [InlineData("AND")]
    [InlineData("人防 AND 工程")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(人防 工程, 5)")]
    [InlineData("'); DROP TABLE publications; --")]
    [InlineData("SearchText: 人防")]
    [InlineData("^人防工程")]
    [InlineData("{人防 工程}")]
    [InlineData("100%_人防\\")]
    [InlineData("📷🚧📷")]
    [InlineData("人防\0工程")]
    [InlineData("-人防工程")]
    [InlineData("人防工程\"")]
    public async Task Search_returns_list_for_odd_text(string q)
    {
        var id = await PublishedAsync($"{Marker()}擅自拆除人防工程防护设备案");

        var response = await factory.CreateClient().GetAsync("/api/public/publications?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Array, body.GetProperty("items").ValueKind);
        var page = await factory.CreateClient().GetAsync("/portal/decisions?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // Search still works afterwards, because the odd text was passed as data and never ran as syntax.
        Assert.Contains(id, await SearchAsync("拆除人防工程"));
    }

    [Fact]
    public async Task Search_matches_quotes_and_percent_literally()
    {
        var marker = Marker();
        var id = await PublishedAsync($"{marker}“人防”100%_\"工程\"案");

        Assert.Contains(id, await SearchAsync($"{marker}“人防”100%_\"工程\""));
        Assert.Contains(id, await SearchAsync("%_\"工"));
        Assert.DoesNotContain(id, await SearchAsync($"{marker}“人防”100%%"));
    }

    /// <summary>检 and 8 random letters: unique to one test, and nothing the masking would touch (no digits).</summary>
    private static string Marker() => "检" + new string([.. Enumerable.Range(0, 8).Select(_ => (char)('a' + Random.Shared.Next(26)))]);

    private async Task<string> PublishedAsync(string title)
    {
        var id = await factory.SeedDecidedCaseAsync(title);
        await PublicityFactory.PublishAsync(await factory.SignedInAsync("head"), id);
        return id.ToString();
    }

    private async Task<List<string>> SearchAsync(string q)
    {
        var page = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/public/publications?limit=200&q=" + Uri.EscapeDataString(q));
        return [.. page.GetProperty("items").EnumerateArray().Select(x => x.GetProperty("id").GetString()!)];
    }

    private async Task RetitleAsync(Guid caseId, string title)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        var row = await db.Cases.SingleAsync(c => c.Id == caseId);
        row.Title = title;
        await db.SaveChangesAsync();
    }
}
