using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.RandomInspection;

/// <summary>A drawn task becomes an inspection case: the target is the party, the drawn inspectors are the officers.</summary>
public sealed class TaskCaseTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    [Fact]
    public async Task Drawn_task_opens_its_inspection_case()
    {
        var officer = await factory.SignedInAsync("officer");
        var api = new CaseApiClient(factory);
        var plan = await officer.DrawnPlanAsync();
        var task = (await officer.GetJsonAsync($"/api/random-inspections/plans/{plan}")).GetProperty("tasks")[0];
        var taskId = task.GetProperty("id").GetGuid();
        var inspectors = task.GetProperty("inspectorIds").Deserialize<List<Guid>>()!;

        var opened = await officer.PostAsJsonAsync($"/api/random-inspections/tasks/{taskId}/case", new { matterId = await api.MatterIdAsync("CZRF-JC-001") });

        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var caseId = JsonDocument.Parse(await opened.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var detail = await api.GetAsync("officer", caseId);
        Assert.Equal("Inspection", detail.GetProperty("procedure").GetString());
        Assert.Equal("RandomInspection", detail.GetProperty("source").GetString());
        Assert.Equal(inspectors.Order(), detail.GetProperty("officers").EnumerateArray().Select(o => o.GetProperty("officerId").GetGuid()).Order());
        var taskAfter = (await officer.GetJsonAsync($"/api/random-inspections/plans/{plan}")).GetProperty("tasks")[0];
        Assert.Equal("CaseOpened", taskAfter.GetProperty("status").GetString());
        Assert.Equal(caseId, taskAfter.GetProperty("caseId").GetGuid());

        var again = await officer.PostAsJsonAsync($"/api/random-inspections/tasks/{taskId}/case", new { matterId = await api.MatterIdAsync("CZRF-JC-001") });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Other_county_task_answers_404()
    {
        var officer = await factory.SignedInAsync("officer");
        var api = new CaseApiClient(factory);
        var plan = await officer.DrawnPlanAsync();
        var taskId = (await officer.GetJsonAsync($"/api/random-inspections/plans/{plan}")).GetProperty("tasks")[1].GetProperty("id").GetGuid();
        var county = await factory.SignedInAsync("luzhou.officer");

        var response = await county.PostAsJsonAsync($"/api/random-inspections/tasks/{taskId}/case", new { matterId = await api.MatterIdAsync("CZRF-JC-001") });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("legal")]
    [InlineData("supervisor")]
    public async Task Draw_needs_enforcement_role(string user)
    {
        var client = await factory.SignedInAsync(user);

        var response = await client.CreatePlanAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("draw.role_required", await response.Content.ReadAsStringAsync());
    }
}
