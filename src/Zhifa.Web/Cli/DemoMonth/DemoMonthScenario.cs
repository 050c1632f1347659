using System.Globalization;

namespace Zhifa.Web.Cli.DemoMonth;

/// <summary>
/// A month of the demo agency played against a running platform through its HTTP API: the four storylines in
/// order, then the counts read back from the platform and <c>verify</c> on the same database. Returns the exit
/// code: 0 only when every count matches and verify passes.
/// </summary>
internal sealed class DemoMonthScenario(Uri platformUrl, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync()
    {
        try
        {
            return await PlayAsync();
        }
        catch (DemoMonthException e)
        {
            await error.WriteLineAsync($"demo month: {e.Message}");
            return e.ExitCode;
        }
    }

    private async Task<int> PlayAsync()
    {
        using var media = await DemoMedia.CreateAsync();
        using var platform = new PlatformClient(platformUrl);
        await platform.CheckHealthAsync();
        var readBack = new PlatformReadBack(platform);
        var sizeBefore = await readBack.RecordSizeAsync();

        // The first sign-in checks the password before anything else is written; it is the first new entry.
        await platform.AsAsync("officer");
        await using var deployment = LocalDeployment.Open();
        await deployment.EnsureSameRecordAsync(platform, sizeBefore);

        var tally = new ScenarioTally();
        var context = new ScenarioContext(new CaseDriver(platform, tally), media, output, deployment.UploadLimitHours);
        await output.WriteLineAsync($"demo month against {platformUrl} (today {CaseDriver.Day(context.Today)} in China):");
        await output.WriteLineAsync("1. general-procedure penalty case: air-raid alarm removed");
        await new AlarmCaseStory(context).RunAsync();
        await output.WriteLineAsync("2. double random inspection");
        await new RandomInspectionStory(context).RunAsync();
        await output.WriteLineAsync("3. revoked decision, publication withdrawn");
        await new RevokedDecisionStory(context).RunAsync();
        await output.WriteLineAsync("4. recording uploaded late");
        await new LateRecordingStory(context).RunAsync();

        var counts = await readBack.ReadAsync(tally, sizeBefore);
        var matches = await PrintSummaryAsync(tally, counts, tally.ExpectedRecordEntries(platform.SignIns));

        await output.WriteLineAsync("5. verify, run here on the database configured for this command (the server's):");
        await output.FlushAsync();
        var verified = await new VerifyVerb().RunAsync(deployment.Services, []);
        if (!matches)
        {
            await error.WriteLineAsync("demo month: the platform's counts differ from the scenario's (marked <> above).");
            return 1;
        }

        return verified == 0 ? 0 : 1;
    }

    private async Task<bool> PrintSummaryAsync(ScenarioTally tally, PlatformCounts counts, int expectedEntries)
    {
        (string Name, long Scenario, long Platform)[] rows =
        [
            ("cases", tally.Cases.Count, counts.Cases),
            ("case steps", tally.Steps, counts.Steps),
            ("evidence items", tally.Evidence.Count, counts.EvidenceItems),
            ("late uploads flagged", tally.Evidence.Count(e => e.Late), counts.LateUploads),
            ("legal reviews", tally.Reviews, counts.Reviews),
            ("publications", tally.PublishedCases.Count, counts.Publications),
            ("withdrawals", tally.WithdrawnCases.Count, counts.Withdrawals),
            ("inspection tasks drawn", tally.DrawnTasks, counts.DrawnTasks),
            ("inspections", tally.Inspections, counts.Inspections),
            ("record entries added", expectedEntries, counts.RecordEntries),
        ];
        await output.WriteLineAsync();
        await output.WriteLineAsync($"summary:  {"",-24}{"scenario",10}{"platform",10}");
        foreach (var (name, scenario, platform) in rows)
        {
            var mark = scenario == platform ? "" : "  <>";
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"summary:  {name,-24}{scenario,10}{platform,10}{mark}"));
        }

        await output.WriteLineAsync();
        return rows.All(r => r.Scenario == r.Platform);
    }
}
