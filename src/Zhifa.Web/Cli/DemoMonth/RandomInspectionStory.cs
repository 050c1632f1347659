using System.Globalization;
using System.Text.Json;

namespace Zhifa.Web.Cli.DemoMonth;

/// <summary>
/// Storyline 2: a double random inspection of civil air defence works in 潞州区 (matter CZRF-SJ-001), dated today.
/// The plan is committed and drawn with a witness value, and each drawn target gets an inspection case. Each
/// inspection is covered by a body-worn camera recording, and its result is recorded and published.
/// </summary>
internal sealed class RandomInspectionStory(ScenarioContext context)
{
    private const int Targets = 2;
    private static readonly string[] TargetKinds = ["人防工程"];

    public async Task RunAsync()
    {
        var platform = context.Platform;
        var plan = await platform.PostAsync("officer", "/api/random-inspections/plans", new
        {
            matterCode = "CZRF-SJ-001",
            name = $"{context.Today.Year}年人防工程维护管理双随机抽查（演示 {context.RunTag}）",
            targetKinds = TargetKinds,
            region = "潞州区",
            targetCount = Targets.ToString(CultureInfo.InvariantCulture),
            inspectorsPerTarget = "2",
            weightedByRisk = false,
            periodStart = CaseDriver.Day(context.Today),
            periodEnd = CaseDriver.Day(context.Today.AddDays(60)),
        });
        var planId = plan.GetProperty("id").GetGuid();
        context.Tally.Plans.Add(planId);
        var committed = await platform.PostAsync("officer", $"/api/random-inspections/plans/{planId}/commit", null);
        var witness = $"{CaseDriver.Day(context.Today)} 见证人抽签 {Random.Shared.Next(1000, 10_000)}";
        await platform.PostAsync("officer", $"/api/random-inspections/plans/{planId}/draw", new { witness });
        context.Tally.PlanSteps += 3;
        context.Say($"plan committed ({Commitment(committed)}) and drawn with witness value \"{witness}\"");

        var tasks = (await platform.GetAsync("officer", $"/api/random-inspections/plans/{planId}"))
            .GetProperty("tasks").EnumerateArray().ToList();
        context.Tally.DrawnTasks += tasks.Count;
        var matterId = await context.MatterIdAsync("CZRF-JC-001");
        foreach (var task in tasks)
        {
            await InspectAsync(task, matterId);
        }
    }

    private async Task InspectAsync(JsonElement task, Guid matterId)
    {
        var cases = context.Cases;
        var opened = await context.Platform.PostAsync(
            "officer", $"/api/random-inspections/tasks/{task.GetProperty("id").GetGuid()}/case", new { matterId });
        var id = opened.GetProperty("id").GetGuid();
        cases.Opened(id);
        context.Tally.TaskCasesOpened++;

        // The drawn inspectors need not have accounts, so the head records each one's declaration and acts
        // for the team, as the procedure allows a head of the office to do.
        foreach (var inspector in task.GetProperty("inspectorIds").EnumerateArray())
        {
            await cases.StepAsync("head", id, "declare-recusal", context.Today, new()
            {
                ["officerId"] = inspector.GetGuid(),
                ["conflict"] = false,
            });
        }

        var start = DateTimeOffset.UtcNow.AddMinutes(-10);
        start = start.AddTicks(-(start.Ticks % TimeSpan.TicksPerSecond));
        var video = await context.Media.VideoAsync($"inspection-{id:N}.mp4", start, 5);
        await cases.UploadAsync("head", id, video, "inspect", start.AddSeconds(5), context.UploadLimitHours);
        await cases.StepAsync("head", id, "inspect", context.Today, new()
        {
            ["findings"] = "人防工程防护设备完好，维护记录齐全。",
            ["stepStartedAt"] = start,
            ["stepEndedAt"] = start.AddSeconds(4),
        });
        await cases.StepAsync("head", id, "record-result", context.Today, new() { ["compliant"] = true });
        await new Publisher(context).PublishAsync(id, "inspection result");
    }

    private static string Commitment(JsonElement plan) =>
        plan.TryGetProperty("commitment", out var c) && c.ValueKind == JsonValueKind.String
            ? "commitment " + c.GetString()![..Math.Min(16, c.GetString()!.Length)] + "…"
            : "commitment stored";
}
