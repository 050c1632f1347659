using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Record;

/// <summary>
/// Acknowledged changes on the embedded SQLite database survive a SIGKILL of the host in the middle of a
/// stream of edits. After the kill the verify verb passes and every edit that got 200 is stored. Each
/// edited list entry has exactly one record entry per stored version.
/// </summary>
public sealed class KilledHostTests
{
    private const int MaxEditsPerLoop = 400;

    private readonly ConcurrentBag<(Guid Id, int Version, string Value)> _acknowledged = [];

    [SqliteFact]
    public async Task Host_KilledDuringEdits_KeepsAcknowledgedEdits()
    {
        await using var store = new TestStore();
        var unexpected = await EditAndKillAsync(store, TimeSpan.FromSeconds(2));

        using var verify = await ZhifaProcess.RunVerbAsync(store, "verify", TimeSpan.FromMinutes(2));

        Assert.All(unexpected, Assert.Null);
        Assert.True(_acknowledged.Count >= 6, $"only {_acknowledged.Count} edits were acknowledged before the kill");
        Assert.True(verify.ExitCode == 0, $"verify exited with {verify.ExitCode}: {verify.StandardError}");
        Assert.Contains(
            verify.StandardOutput.Split('\n'),
            line => line.StartsWith("verify: OK: ", StringComparison.Ordinal));
        await using var restarted = store.OpenHost(loadDemo: false);
        var versions = await restarted.WithDatabaseAsync(db => db.ListItemVersions.AsNoTracking()
            .Select(v => new { v.ItemId, v.Number, v.Snapshot })
            .ToListAsync());
        foreach (var (id, version, value) in _acknowledged)
        {
            var stored = versions.SingleOrDefault(v => v.ItemId == id && v.Number == version);
            Assert.True(stored is not null, $"acknowledged version {version} of {id} is missing after the kill");
            Assert.Contains(value, stored.Snapshot, StringComparison.Ordinal);
        }

        var subjects = await restarted.WithDatabaseAsync(db => db.LedgerEntries.AsNoTracking()
            .Where(e => e.Subject.StartsWith("recording-matters/"))
            .Select(e => e.Subject)
            .ToListAsync());
        foreach (var item in versions.GroupBy(v => v.ItemId).Where(g => _acknowledged.Any(a => a.Id == g.Key)))
        {
            Assert.Equal(item.Count(), subjects.Count(s => s == $"recording-matters/{item.Key}"));
        }

        Assert.True(await restarted.LedgerSizeAsync() >= 54 + 1 + _acknowledged.Count);
    }

    // Starts the host, edits every recording matter in a loop of its own, and kills the host after the delay.
    // Returns, per loop, null or the response the live host sent instead of 200.
    private async Task<string?[]> EditAndKillAsync(TestStore store, TimeSpan delay)
    {
        using var host = ZhifaProcess.StartHost(store, ("Ledger__CheckpointSeconds", "1"));
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        using var client = await host.SignedInClientAsync("legal");
        var entries = await client.EntriesAsync("recording-matters");
        using var stop = new CancellationTokenSource();
        var loops = entries
            .Select((e, loop) => EditUntilKilledAsync(client, e.Id, e.Version, loop, stop.Token))
            .ToList();
        await Task.Delay(delay);

        host.KillNow();

        await stop.CancelAsync();
        var unexpected = await Task.WhenAll(loops);
        await host.WaitForExitAsync(TimeSpan.FromSeconds(30));
        return unexpected;
    }

    // Edits one list entry again and again until the host dies, and adds each edit that got 200 to _acknowledged.
    // Returns null when the kill or the loop bound ended it, or else the response the live host sent instead of 200.
    private async Task<string?> EditUntilKilledAsync(
        HttpClient client,
        Guid id,
        int version,
        int loop,
        CancellationToken stop)
    {
        for (var edit = 1; edit <= MaxEditsPerLoop && !stop.IsCancellationRequested; edit++)
        {
            var value = $"kill-test loop {loop} edit {edit}";
            var values = new Dictionary<string, string?> { ["recording_method"] = value };
            HttpResponseMessage response;
            try
            {
                response = await client.UpdateEntryAsync("recording-matters", id, version, values);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return null;
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                return $"loop {loop} edit {edit}: {(int)response.StatusCode} {body}";
            }

            version++;
            _acknowledged.Add((id, version, value));
        }

        return null;
    }
}
