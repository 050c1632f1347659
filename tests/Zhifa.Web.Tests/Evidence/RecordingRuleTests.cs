using System.Net;
using System.Text.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Evidence;

/// <summary>
/// The recording matters list of the demo agency requires a whole-process recording of every on-site
/// inspection (CZRF-YX-001): the step is refused, naming the rule, until a recording covering it is attached.
/// </summary>
public sealed class RecordingRuleTests
{
    [Fact]
    public async Task On_site_inspection_needs_a_recording_that_covers_it()
    {
        await using var factory = new ZhifaFactory { RequireRecordings = true };
        using var media = new TestMedia();
        var api = new CaseApiClient(factory);
        var caseId = await EvidenceCases.InspectionReadyAsync(api);
        var officer = await api.AsAsync("officer");

        var bare = await ProblemAsync(await api.ActAsync("officer", caseId, "inspect", new() { ["findings"] = "防护门密闭不严。" }));
        Assert.Equal(422, bare.GetProperty("status").GetInt32());
        Assert.Equal("case.recording_missing", bare.GetProperty("code").GetString());
        var error = bare.GetProperty("errors")[0];
        Assert.Contains("国办发〔2018〕118号", error.GetProperty("source").GetString());
        Assert.Contains("CZRF-YX-001", error.GetProperty("message").GetString());

        // A photo does not count: the list asks for a body-worn camera recording.
        await TusTestClient.UploadFileAsync(officer, caseId, await media.PhotoAsync(), "inspect");
        var photoOnly = await ProblemAsync(await api.ActAsync("officer", caseId, "inspect", new() { ["findings"] = "防护门密闭不严。" }));
        Assert.Equal("case.recording_missing", photoOnly.GetProperty("code").GetString());

        // A 3-second recording starting 2026-06-01 09:30:00 China time.
        await TusTestClient.UploadFileAsync(officer, caseId, await media.VideoAsync(seconds: 3), "inspect");
        var noTimes = await ProblemAsync(await api.ActAsync("officer", caseId, "inspect", new() { ["findings"] = "防护门密闭不严。" }));
        Assert.Equal("case.recording_span_needed", noTimes.GetProperty("code").GetString());

        var longer = await ProblemAsync(await api.ActAsync("officer", caseId, "inspect", new()
        {
            ["findings"] = "防护门密闭不严。",
            ["stepStartedAt"] = "2026-06-01T09:30:00+08:00",
            ["stepEndedAt"] = "2026-06-01T09:30:10+08:00",
        }));
        Assert.Equal("case.recording_not_whole", longer.GetProperty("code").GetString());
        Assert.Contains("2026-06-01 09:30:00–2026-06-01 09:30:03", longer.GetProperty("errors")[0].GetProperty("message").GetString());

        await api.StepAsync("officer", caseId, "inspect", new()
        {
            ["findings"] = "防护门密闭不严。",
            ["stepStartedAt"] = "2026-06-01T09:30:00+08:00",
            ["stepEndedAt"] = "2026-06-01T09:30:02+08:00",
        });
        Assert.Equal("Inspected", (await api.GetAsync("officer", caseId)).GetProperty("stage").GetString());
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
