using System.Net.Http.Json;
using System.Text.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.RandomInspection;

/// <summary>Plans, commits and draws through /api/random-inspections.</summary>
internal static class DrawApiClient
{
    public const string Witness = "2026-06-01 见证人抽签 4711";

    public static Task<HttpResponseMessage> CreatePlanAsync(
        this HttpClient client,
        string matterCode = "CZRF-SJ-001",
        string region = "潞州区",
        string? count = "2",
        string? ratio = null,
        string perTarget = "2",
        string[]? kinds = null,
        bool weighted = false) =>
        client.PostAsJsonAsync("/api/random-inspections/plans", new
        {
            matterCode,
            name = "2026年人防工程维护管理双随机抽查",
            targetKinds = kinds ?? ["人防工程"],
            region,
            ratio,
            targetCount = count,
            inspectorsPerTarget = perTarget,
            weightedByRisk = weighted,
            periodStart = "2026-06-01",
            periodEnd = "2026-09-30",
        });

    public static async Task<Guid> NewPlanAsync(
        this HttpClient client, string? count = "2", string perTarget = "2", string region = "潞州区", bool weighted = false)
    {
        var response = await client.CreatePlanAsync(count: count, perTarget: perTarget, region: region, weighted: weighted);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Creating the plan answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> CommitAsync(this HttpClient client, Guid plan) =>
        client.PostAsync($"/api/random-inspections/plans/{plan}/commit", null);

    public static Task<HttpResponseMessage> DrawAsync(this HttpClient client, Guid plan, string witness = Witness) =>
        client.PostAsJsonAsync($"/api/random-inspections/plans/{plan}/draw", new { witness });

    /// <summary>Creates, commits and draws a plan; returns its id.</summary>
    public static async Task<Guid> DrawnPlanAsync(this HttpClient client, string? count = "2", bool weighted = false)
    {
        var plan = await client.NewPlanAsync(count, weighted: weighted);
        await Succeeds(await client.CommitAsync(plan));
        await Succeeds(await client.DrawAsync(plan));
        return plan;
    }

    /// <summary>The drawn tasks of a plan as (target, inspectors), in draw order.</summary>
    public static async Task<List<(Guid Target, List<Guid> Inspectors)>> TasksAsync(this HttpClient client, Guid plan)
    {
        var root = await client.GetJsonAsync($"/api/random-inspections/plans/{plan}");
        return root.GetProperty("tasks").EnumerateArray()
            .Select(t => (t.GetProperty("targetId").GetGuid(), t.GetProperty("inspectorIds").Deserialize<List<Guid>>()!))
            .ToList();
    }

    public static async Task<Guid> OfficerIdAsync(this HttpClient client, string certificate) =>
        (await client.EntriesAsync("personnel")).Single(e => e.Values["certificate_number"] == certificate).Id;

    public static async Task<Guid> EntityIdAsync(this HttpClient client, string code) =>
        (await client.EntriesAsync("regulated-entities")).Single(e => e.Values["code"] == code).Id;

    public static async Task Succeeds(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
