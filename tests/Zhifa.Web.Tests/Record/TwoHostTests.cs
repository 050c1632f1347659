using System.Net;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Record;

/// <summary>
/// Two web hosts on one database and one data folder, and so one ledger key, append at the same time. The
/// log stays one log with contiguous indexes that the verifier of either host accepts. Both hosts sign and
/// serve the same root for the same size.
/// </summary>
public sealed class TwoHostTests
{
    private const int EditsPerEntry = 8;

    [Fact]
    public async Task Hosts_AppendingAtOnce_ShareOneVerifiableLog()
    {
        await using var store = new TestStore();
        await using var first = store.OpenHost(loadDemo: true);
        var firstClient = await first.SignedInAsync("legal");
        await using var second = store.OpenHost(loadDemo: false);
        var secondClient = await second.SignedInAsync("legal");
        var entries = await firstClient.EntriesAsync("recording-matters");
        var before = await first.LedgerSizeAsync();

        var edits = entries.Select((e, i) =>
            EditRepeatedlyAsync(i % 2 == 0 ? firstClient : secondClient, e.Id, e.Version));
        var statuses = (await Task.WhenAll(edits)).SelectMany(s => s).ToList();

        Assert.Equal(entries.Count * EditsPerEntry, statuses.Count);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var size = before + statuses.Count;
        Assert.Equal(Enumerable.Range(0, (int)size).Select(i => (long)i), await first.StoredIndexesAsync());
        Assert.Null((await first.VerifyLedgerAsync()).Failure);
        Assert.Null((await second.VerifyLedgerAsync()).Failure);
        var signedBySecond = await second.SignCheckpointAsync();
        var signedByFirst = await first.SignCheckpointAsync();
        Assert.Equal(size, signedByFirst.Size);
        Assert.Equal(size, signedBySecond.Size);
        Assert.Equal(signedByFirst.RootHash, signedBySecond.RootHash);
        Assert.Equal(signedByFirst.RootHash, (await firstClient.GetVerifiedCheckpointAsync()).RootHash);
        Assert.Equal(signedByFirst.RootHash, (await secondClient.GetVerifiedCheckpointAsync()).RootHash);
        Assert.Equal(
            (await firstClient.GetConsistencyAsync(before, size)).Proof,
            (await secondClient.GetConsistencyAsync(before, size)).Proof);
    }

    private static async Task<List<HttpStatusCode>> EditRepeatedlyAsync(HttpClient client, Guid id, int version)
    {
        var statuses = new List<HttpStatusCode>();
        for (var edit = 1; edit <= EditsPerEntry; edit++)
        {
            var response = await client.UpdateEntryAsync(
                "recording-matters", id, version + edit - 1, new() { ["recording_method"] = $"两节点第{edit}次" });
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
