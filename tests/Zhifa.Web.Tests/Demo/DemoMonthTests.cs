using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Demo;

/// <summary>
/// <c>demo month</c> run as the real executable against the real host on the database of the run, with the
/// recording rule on (the default): the scenario satisfies it with recordings made by ffmpeg. The verb runs twice
/// against the same host, because each run must add new cases beside the last run's.
/// </summary>
public sealed partial class DemoMonthTests
{
    // What one run does: 3 registered cases and 2 opened from drawn tasks; 4 sign-ins (officer, head, officer2,
    // reviewer). The 6 late uploads are the 5 photos and recordings of back-dated steps and the late recording.
    // The record entries include the revocation noted before the withdrawal.
    private static readonly Dictionary<string, long> OneRun = new()
    {
        ["cases"] = 5,
        ["case steps"] = 40,
        ["evidence items"] = 8,
        ["late uploads flagged"] = 6,
        ["legal reviews"] = 2,
        ["publications"] = 4,
        ["withdrawals"] = 1,
        ["inspection tasks drawn"] = 2,
        ["inspections"] = 3,
        ["record entries added"] = 70,
    };

    [Fact]
    public async Task Month_runs_twice_and_counts_match()
    {
        await using var store = new TestStore();
        using var host = ZhifaProcess.StartHost(store);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));

        foreach (var run in new[] { 1, 2 })
        {
            using var month = await ZhifaProcess.RunVerbAsync(store, $"demo month --url {host.BaseAddress}", TimeSpan.FromMinutes(4));

            var output = month.StandardOutput;
            Assert.True(month.ExitCode == 0, $"Run {run} exited with {month.ExitCode}:\n{month.StandardError}\n{output}");
            Assert.Contains("verify: OK:", output, StringComparison.Ordinal);
            Assert.Contains("fine 50000 + surcharge (加处罚款) 3000 yuan", output, StringComparison.Ordinal);
            Assert.Contains("Uploaded 30 hours after the recording ended; the limit is 24 hours.", output, StringComparison.Ordinal);
            Assert.Matches(@"publication withdrawn, reason published: ""该决定已被撤销（长治市人民政府 长政复决字〔\d{4}〕\d+号）：经行政复议，原行政处罚决定被撤销。""", output);
            var summary = Summary(output);
            foreach (var (name, expected) in OneRun)
            {
                Assert.Equal((expected, expected), summary[name]);
            }
        }
    }

    [Fact]
    public async Task Platform_not_running_fails_in_one_line()
    {
        await using var store = new TestStore();
        var url = $"http://127.0.0.1:{FreeLoopbackPort().ToString(CultureInfo.InvariantCulture)}";

        using var month = await ZhifaProcess.RunVerbAsync(store, $"demo month --url {url}", TimeSpan.FromMinutes(1));

        Assert.Equal(69, month.ExitCode);
        var line = Assert.Single(month.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"demo month: cannot reach the platform at {url}/", line, StringComparison.Ordinal);
        Assert.Equal("", month.StandardOutput);
    }

    [Fact]
    public async Task Platform_without_demo_users_fails_in_one_line()
    {
        await using var store = new TestStore();
        using var host = ZhifaProcess.StartHost(store, ("Zhifa__LoadDemo", "false"));
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));

        using var month = await ZhifaProcess.RunVerbAsync(store, $"demo month --url {host.BaseAddress}", TimeSpan.FromMinutes(1));

        Assert.Equal(77, month.ExitCode);
        var line = Assert.Single(month.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("demo month: signing in as \"officer\" with the demo password failed (401)", line, StringComparison.Ordinal);
    }

    /// <summary>The rows "summary:  NAME  SCENARIO  PLATFORM" of the output, by name.</summary>
    private static Dictionary<string, (long Scenario, long Platform)> Summary(string output) =>
        SummaryRow().Matches(output).ToDictionary(
            m => m.Groups["name"].Value,
            m => (long.Parse(m.Groups["scenario"].Value, CultureInfo.InvariantCulture), long.Parse(m.Groups["platform"].Value, CultureInfo.InvariantCulture)));

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^summary:  (?<name>[a-z ]+?) +(?<scenario>\d+) +(?<platform>\d+)", RegexOptions.Multiline)]
    private static partial Regex SummaryRow();
}
