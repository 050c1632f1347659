using System.Net;
using System.Text;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.FieldCases;

/// <summary>
/// Concurrent writers on one SQLite file must not fail with "database is locked". Fifty edits of
/// different entries run at once while ten readers page through the list, twenty times over.
/// </summary>
public sealed class ConcurrentWritesTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private const int Writers = 50;
    private const int Rounds = 20;

    [Fact]
    public async Task FiftyConcurrentEdits_AllSucceedWithEveryVersionKept()
    {
        var legal = await factory.SignedInAsync("legal");
        var csv = new StringBuilder("所属机构代码,编号,执法事项编码（*为全部）,执法环节,记录方式,是否全程记录\n");
        for (var i = 0; i < Writers; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"czrf,FC11-{i:D2},*,送达,照相,否\n");
        }

        Assert.Equal(HttpStatusCode.OK, (await legal.PostAsync("/api/lists/recording-matters/import", Csv.Content(csv.ToString()))).StatusCode);
        var entries = (await legal.EntriesAsync("recording-matters", "FC11-")).ToDictionary(e => e.Id, e => e.Version);
        Assert.Equal(Writers, entries.Count);

        for (var round = 1; round <= Rounds; round++)
        {
            var writes = entries.Select(e => legal.UpdateEntryAsync("recording-matters", e.Key, e.Value, new() { ["recording_method"] = $"照相第{round}轮" }));
            var reads = Enumerable.Range(1, 10).Select(page => legal.GetAsync($"/api/lists/recording-matters?page={page % 3 + 1}&pageSize=20"));

            var responses = await Task.WhenAll(writes.Concat(reads));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            foreach (var id in entries.Keys)
            {
                entries[id]++;
            }
        }

        var after = await legal.EntriesAsync("recording-matters", "FC11-");
        Assert.All(after, e => Assert.Equal(Rounds + 1, e.Version));
        Assert.All(after, e => Assert.Equal($"照相第{Rounds}轮", e.Values["recording_method"]));
        var history = (await legal.GetJsonAsync($"/api/lists/recording-matters/{after[0].Id}/history")).EnumerateArray()
            .Select(v => v.GetProperty("number").GetInt32());
        Assert.Equal(Enumerable.Range(1, Rounds + 1), history);
    }
}
