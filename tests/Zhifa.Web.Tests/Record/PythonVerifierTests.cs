using System.Net;
using Zhifa.Domain.Record;
using Zhifa.Domain.Tests.Record;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Record;

/// <summary>
/// tools/verify_ledger.py, written apart from the C# code with the Python standard library, accepts the
/// log a running host serves and passes its own self-test on the shared test vectors.
/// </summary>
public sealed class PythonVerifierTests
{
    private const string Script = "tools/verify_ledger.py";

    [PythonFact]
    public async Task PythonVerifier_RunningHost_AcceptsLog()
    {
        await using var store = new TestStore();
        using var host = ZhifaProcess.StartHost(store, ("Ledger__CheckpointSeconds", "1"));
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        using var legal = await host.SignedInClientAsync("legal");
        await EditAsync(legal, edits: 3);
        var checkpoint = await WaitForCheckpointAsync(legal, size: DemoLedger.StartupEntries + 1 + 3);
        var key = (await legal.GetStringAsync("/api/ledger/key")).Trim();

        var (exitCode, output, error) = await Python.RunAsync(
            Script, "--url", host.BaseAddress!.ToString().TrimEnd('/'), "--vkey", key, "--seed", "7");

        Assert.True(exitCode == 0, $"{Script} exited with {exitCode}: {error}");
        Assert.StartsWith(
            $"OK zhifa.local/record: {DemoLedger.StartupEntries + 1 + 3} entries, root {Convert.ToHexStringLower(checkpoint.RootHash)}, ",
            output,
            StringComparison.Ordinal);
    }

    [PythonFact]
    public async Task PythonVerifier_SelfTest_PassesSharedVectors()
    {
        var vectors = TestVectors.Root;

        var (exitCode, output, error) = await Python.RunAsync(Script, "--self-test", "--vectors", vectors);

        Assert.True(exitCode == 0, $"{Script} --self-test exited with {exitCode}: {error}");
        Assert.StartsWith("OK self-test: ", output, StringComparison.Ordinal);
    }

    private static async Task EditAsync(HttpClient client, int edits)
    {
        var (id, version, _) = (await client.EntriesAsync("recording-matters")).First();
        for (var edit = 1; edit <= edits; edit++)
        {
            var values = new Dictionary<string, string?> { ["recording_method"] = $"外部核验第{edit}次" };
            var response = await client.UpdateEntryAsync("recording-matters", id, version + edit - 1, values);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    // The host signs a checkpoint every second (Ledger:CheckpointSeconds=1), so one that covers size comes soon.
    private static async Task<Checkpoint> WaitForCheckpointAsync(HttpClient client, long size)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var checkpoint = await client.GetVerifiedCheckpointAsync();
            if (checkpoint.Size >= size)
            {
                Assert.Equal(size, checkpoint.Size);
                return checkpoint;
            }

            Assert.True(
                DateTime.UtcNow < deadline,
                $"no checkpoint covers {size} entries after 30 s (latest: {checkpoint.Size})");
            await Task.Delay(200);
        }
    }
}
