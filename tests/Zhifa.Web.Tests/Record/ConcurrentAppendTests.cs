using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Zhifa.Domain.Record;
using Zhifa.Domain.Tests.Record;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Record;

/// <summary>
/// Concurrent writers as the record sees them: fifty edits of different list entries run at once, with ten
/// readers of the list and the log. The log then has exactly fifty more entries with contiguous indexes.
/// The verifier accepts it, and its signed root equals the RFC 9162 root recomputed from every leaf.
/// </summary>
public sealed class ConcurrentAppendTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private const int Writers = 50;

    [Fact]
    public async Task FiftyConcurrentEdits_LogGrowsByFiftyAndVerifies()
    {
        var legal = await factory.SignedInAsync("legal");
        var entries = await ImportEntriesAsync(legal);
        var before = await factory.LedgerSizeAsync();
        var watch = Stopwatch.StartNew();

        var writes = entries.Select(e => legal.UpdateEntryAsync(
            "recording-matters", e.Id, e.Version, new() { ["recording_method"] = "照相、录音录像" }));
        var reads = Enumerable.Range(0, 10).Select(reader => reader % 2 == 0
            ? legal.GetAsync($"/api/lists/recording-matters?page={reader / 2 + 1}&pageSize=20")
            : legal.GetAsync($"/api/ledger/entries?start=0&end={before}"));
        var responses = await Task.WhenAll(writes.Concat(reads));

        watch.Stop();
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"the writes took {watch.Elapsed}");
        Assert.Equal(before + Writers, await factory.LedgerSizeAsync());
        Assert.Equal(
            Enumerable.Range(0, (int)before + Writers).Select(i => (long)i),
            await factory.StoredIndexesAsync());
        var appended = await legal.GetEntriesAsync(before, before + Writers);
        Assert.Equal(
            entries.Select(e => $"recording-matters/{e.Id}").Order(StringComparer.Ordinal),
            appended.Select(e => e.GetProperty("subject").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(appended, e => Assert.Equal("list.edited", e.GetProperty("action").GetString()));
        var report = await factory.VerifyLedgerAsync();
        Assert.Null(report.Failure);
        Assert.Equal(before + Writers, report.Entries);
        var checkpoint = await factory.SignCheckpointAsync();
        Assert.Equal(before + Writers, checkpoint.Size);
        var leaves = await legal.GetLeavesAsync(checkpoint.Size);
        Assert.Equal(new MerkleTreeReference(MerkleHasher.Sha256, leaves).Root(leaves.Count), checkpoint.RootHash);
    }

    private static async Task<List<(Guid Id, int Version, Dictionary<string, string> Values)>> ImportEntriesAsync(
        HttpClient legal)
    {
        var csv = new StringBuilder("所属机构代码,编号,执法事项编码（*为全部）,执法环节,记录方式,是否全程记录\n");
        for (var i = 0; i < Writers; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"czrf,LEDGER-{i:D2},*,送达,照相,否\n");
        }

        var import = await legal.PostAsync("/api/lists/recording-matters/import", Csv.Content(csv.ToString()));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var entries = await legal.EntriesAsync("recording-matters", "LEDGER-");
        Assert.Equal(Writers, entries.Count);
        return entries;
    }
}
