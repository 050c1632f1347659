using System.Globalization;

namespace Zhifa.Web.Cli.DemoMonth;

/// <summary>
/// Storyline 4: an on-site inspection recorded on a body-worn camera that is uploaded six hours after the upload
/// limit (Evidence:UploadLimitHours). The platform accepts the recording and flags it; the warning is printed.
/// </summary>
internal sealed class LateRecordingStory(ScenarioContext context)
{
    private const int Seconds = 5;

    public async Task RunAsync()
    {
        var ended = DateTimeOffset.UtcNow.AddHours(-(context.UploadLimitHours + 6));
        var start = ended.AddSeconds(-Seconds);
        start = start.AddTicks(-(start.Ticks % TimeSpan.TicksPerSecond));
        var day = DateOnly.FromDateTime(start.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var cases = context.Cases;

        var id = await cases.RegisterAsync("officer", new
        {
            procedure = "Inspection",
            matterId = await context.MatterIdAsync("CZRF-JC-001"),
            title = $"人防工程维护管理现场检查（演示 {context.RunTag}）",
            source = "Complaint",
            registeredOn = CaseDriver.Day(day),
            partyKind = "Unit",
            partyName = "长治市演示购物中心",
            officerIds = new[] { await context.OfficerIdAsync("14040001"), await context.OfficerIdAsync("14040002") },
        });
        await cases.StepAsync("officer", id, "declare-recusal", day, new() { ["conflict"] = false });
        await cases.StepAsync("officer2", id, "declare-recusal", day, new() { ["conflict"] = false });

        var video = await context.Media.VideoAsync($"late-{context.RunTag}.mp4", start, Seconds);
        var item = await cases.UploadAsync("officer", id, video, "inspect", start.AddSeconds(Seconds), context.UploadLimitHours);
        var warning = item.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).FirstOrDefault(n => n!.StartsWith("Uploaded", StringComparison.Ordinal));
        if (!item.GetProperty("uploadedLate").GetBoolean() || warning is null)
        {
            throw new DemoMonthException($"the recording uploaded {context.UploadLimitHours + 6:0} hours after it ended was not flagged late.");
        }

        context.Say($"late recording accepted and flagged: \"{warning}\"");
        await cases.StepAsync("officer", id, "inspect", day, new()
        {
            ["findings"] = "防护密闭门密闭条老化，已当场告知整改。",
            ["stepStartedAt"] = start,
            ["stepEndedAt"] = start.AddSeconds(Seconds - 1),
        });
        context.Say(string.Create(CultureInfo.InvariantCulture, $"inspection of {CaseDriver.Day(day)} recorded on that recording: {context.CasePage(id)}"));
    }
}
