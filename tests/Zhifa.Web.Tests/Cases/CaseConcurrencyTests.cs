using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Cases;

/// <summary>Two people on one case at once, and steps in quick succession: one wins, order is kept, nothing is lost.</summary>
public sealed class CaseConcurrencyTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private readonly CaseApiClient _api = new(factory);

    [Fact]
    public async Task Two_officers_on_one_version_one_wins()
    {
        var id = await FiledCaseAsync();
        var officer = await _api.AsAsync("officer");
        var officer2 = await _api.AsAsync("officer2");
        var version = (await _api.GetAsync("officer", id)).GetProperty("version").GetInt32();

        var responses = await Task.WhenAll(
            officer.PostAsJsonAsync($"/api/cases/{id}/actions/declare-recusal", new { version, conflict = false }),
            officer2.PostAsJsonAsync($"/api/cases/{id}/actions/declare-recusal", new { version, conflict = false }));

        var statuses = responses.Select(r => r.StatusCode).Order().ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("case.stale", JsonDocument.Parse(await loser.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        var history = (await _api.GetAsync("officer", id)).GetProperty("history");
        Assert.Equal(2, history.GetArrayLength());
    }

    [Fact]
    public async Task Steps_in_one_instant_keep_their_order()
    {
        var id = await FiledCaseAsync();
        await _api.StepAsync("officer", id, "declare-recusal", new() { ["conflict"] = false });
        await _api.StepAsync("officer2", id, "declare-recusal", new() { ["conflict"] = false });

        // The fake clock does not move, so both steps carry the same timestamp.
        await _api.StepAsync("officer", id, "start-investigation");
        await _api.StepAsync("officer", id, "mark-major", new() { ["reason"] = "社会影响较大" });

        var history = (await _api.GetAsync("officer", id)).GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["approve-filing", "declare-recusal", "declare-recusal", "start-investigation", "mark-major"],
            history.Select(s => s.GetProperty("action").GetString()));
        Assert.Equal([1, 2, 3, 4, 5], history.Select(s => s.GetProperty("sequence").GetInt32()));
        Assert.Equal("Investigating", (await _api.GetAsync("officer", id)).GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Closed_inspection_answers_409_until_reopened()
    {
        _api.SetToday(6, 1);
        var zhang = await _api.OfficerIdAsync("14040001");
        var li = await _api.OfficerIdAsync("14040002");
        var id = await _api.RegisterAsync("officer", new
        {
            procedure = "Inspection",
            matterId = await _api.MatterIdAsync("CZRF-JC-001"),
            title = "人防工程维护管理检查",
            partyKind = "Unit",
            partyName = "测试商场",
            officerIds = new[] { zhang, li },
        });
        await _api.StepAsync("officer", id, "declare-recusal", new() { ["conflict"] = false });
        await _api.StepAsync("officer2", id, "declare-recusal", new() { ["conflict"] = false });
        await _api.StepAsync("officer", id, "inspect", new() { ["findings"] = "防护门密闭不严。" });
        await _api.StepAsync("officer", id, "record-result", new() { ["compliant"] = true });
        await _api.StepAsync("head", id, "close", new() { ["reason"] = "检查合格" });

        var again = await _api.ActAsync("officer", id, "record-result", new() { ["compliant"] = false });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("case.finished", JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());

        await _api.StepAsync("leader", id, "reopen", new() { ["reason"] = "收到举报，需复查" });
        var reopened = await _api.GetAsync("officer", id);
        Assert.Equal("ResultRecorded", reopened.GetProperty("stage").GetString());
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("execution").GetProperty("closedOn").ValueKind);
    }

    [Fact]
    public async Task Unknown_action_and_bad_values_are_explained()
    {
        var id = await FiledCaseAsync();
        var officer = await _api.AsAsync("officer");

        var unknown = await officer.PostAsJsonAsync($"/api/cases/{id}/actions/jump-to-end", new { version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("case.action_unknown", await unknown.Content.ReadAsStringAsync());

        var missing = await officer.PostAsJsonAsync($"/api/cases/{id}/actions/declare-recusal", new { });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("\"field\":\"version\"", await missing.Content.ReadAsStringAsync());

        var badEnum = await officer.PostAsync($"/api/cases/{id}/actions/deliver",
            new StringContent("{\"version\":2,\"deliveryMethod\":\"Pigeon\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badEnum.StatusCode);
    }

    private async Task<Guid> FiledCaseAsync()
    {
        _api.SetToday(6, 1);
        var zhang = await _api.OfficerIdAsync("14040001");
        var li = await _api.OfficerIdAsync("14040002");
        var id = await _api.RegisterAsync("officer", new
        {
            procedure = "GeneralPenalty",
            matterId = await _api.MatterIdAsync("CZRF-CF-001"),
            title = "并发测试案",
            partyKind = "Unit",
            partyName = "测试单位",
            officerIds = new[] { zhang, li },
        });
        await _api.StepAsync("head", id, "approve-filing", new() { ["officerIds"] = new[] { zhang, li } });
        return id;
    }
}
