using System.Text.Json.Nodes;
using Zhifa.Domain.RandomInspection;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.RandomInspection;

/// <summary>
/// The published draw file outlives the host and verifies outside it: with the draw verify verb of the
/// real executable, and with the independent Python verifier.
/// </summary>
public sealed class DrawFileTests
{
    private static async Task<(Guid Plan, string File)> DrawOnAsync(TestStore store, bool weighted = false)
    {
        await using var host = store.OpenHost();
        var officer = await host.SignedInAsync("officer");
        var plan = await officer.DrawnPlanAsync(count: weighted ? "1" : "2", weighted: weighted);
        return (plan, await officer.GetStringAsync($"/api/random-inspections/plans/{plan}/file"));
    }

    [Fact]
    public async Task DrawFile_AfterRestart_IsUnchanged()
    {
        await using var store = new TestStore();
        var (plan, before) = await DrawOnAsync(store);

        await using var restarted = store.OpenHost(loadDemo: false);
        var officer = await restarted.SignedInAsync("officer");
        var after = await officer.GetStringAsync($"/api/random-inspections/plans/{plan}/file");

        Assert.Equal(before, after);
        Assert.Equal(DrawVerificationStatus.Match, DrawVerifier.Verify(after).Status);
    }

    [Fact]
    public async Task DrawVerifyVerb_PublishedAndTamperedFiles_ExitZeroAndOne()
    {
        await using var store = new TestStore();
        var (_, file) = await DrawOnAsync(store);
        var published = Path.Combine(store.DataDirectory, "draw.json");
        var tampered = Path.Combine(store.DataDirectory, "tampered.json");
        var malformed = Path.Combine(store.DataDirectory, "malformed.json");
        await File.WriteAllTextAsync(published, file);
        var node = JsonNode.Parse(file)!;
        node["inputs"]!["candidates"]!.AsArray().RemoveAt(0);
        await File.WriteAllTextAsync(tampered, node.ToJsonString());
        await File.WriteAllTextAsync(malformed, "{\"format\": \"zhifa-draw-file/1\"");

        using var match = await ZhifaProcess.RunVerbAsync(store, $"draw verify {published}", TimeSpan.FromMinutes(2));
        using var mismatch = await ZhifaProcess.RunVerbAsync(store, $"draw verify {tampered}", TimeSpan.FromMinutes(2));
        using var broken = await ZhifaProcess.RunVerbAsync(store, $"draw verify {malformed}", TimeSpan.FromMinutes(2));

        Assert.True(match.ExitCode == 0, match.StandardOutput + match.StandardError);
        Assert.Contains("MATCH", match.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(1, mismatch.ExitCode);
        Assert.Contains("MISMATCH", mismatch.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("commitment", mismatch.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("MALFORMED", broken.StandardError, StringComparison.Ordinal);
    }

    [PythonTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PythonVerifier_PublishedFile_Matches(bool weighted)
    {
        await using var store = new TestStore();
        var (_, file) = await DrawOnAsync(store, weighted);
        var published = Path.Combine(store.DataDirectory, "draw.json");
        await File.WriteAllTextAsync(published, file);

        var (exitCode, output, error) = await Python.RunAsync("tools/verify_draw.py", published);

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("MATCH", output, StringComparison.Ordinal);
    }
}
