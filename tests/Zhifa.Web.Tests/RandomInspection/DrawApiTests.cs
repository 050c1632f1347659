using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhifa.Domain.RandomInspection;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.RandomInspection;

// Demo data on the suite's day (2026-06-01): the city office has two civil air defense works in 潞州区
// (RF-GC-0001, owned by 91140400TEST00001X, and RF-GC-0002). Four officers have valid certificates
// (14040001, 14040002, 14040003, 14040005). 14040004 and 14040006 have expired, and 14040007 is suspended.
public sealed class DrawApiTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private static readonly string[] UnknownKind = ["菜市场"];

    private static readonly string[] ValidCityOfficers = ["14040001", "14040002", "14040003", "14040005"];

    [Fact]
    public async Task Draw_CommittedPlan_CreatesPendingTasksWithTwoInspectors()
    {
        var officer = await factory.SignedInAsync("officer");

        var plan = await officer.DrawnPlanAsync();

        var root = await officer.GetJsonAsync($"/api/random-inspections/plans/{plan}");
        Assert.Equal("Drawn", root.GetProperty("status").GetString());
        Assert.Equal(DrawAlgorithm.Version, root.GetProperty("algorithm").GetString());
        var tasks = root.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal("Pending", t.GetProperty("status").GetString()));
        Assert.All(tasks, t => Assert.Equal(2, t.GetProperty("inspectorIds").GetArrayLength()));
        var validIds = await Task.WhenAll(ValidCityOfficers.Select(officer.OfficerIdAsync));
        Assert.All(tasks.SelectMany(t => t.GetProperty("inspectorIds").EnumerateArray()), i => Assert.Contains(i.GetGuid(), validIds));
    }

    [Fact]
    public async Task DrawFile_FromDatabase_VerifiesAndMatchesTasks()
    {
        var officer = await factory.SignedInAsync("officer");
        var plan = await officer.DrawnPlanAsync();

        var file = await officer.GetStringAsync($"/api/random-inspections/plans/{plan}/file");

        Assert.Equal(DrawVerificationStatus.Match, DrawVerifier.Verify(file).Status);
        var result = JsonDocument.Parse(file).RootElement.GetProperty("result");
        var tasks = await officer.TasksAsync(plan);
        Assert.Equal(tasks.Select(t => t.Target), result.EnumerateArray().Select(r => r.GetProperty("target").GetGuid()));
        Assert.Equal(DrawApiClient.Witness, JsonDocument.Parse(file).RootElement.GetProperty("witness").GetString());
    }

    [Fact]
    public async Task DrawFile_PublicEndpoint_ServesSameFileWithoutSignIn()
    {
        var officer = await factory.SignedInAsync("officer");
        var plan = await officer.DrawnPlanAsync();
        var anonymous = factory.CreateBrowser();

        var file = await anonymous.GetStringAsync($"/api/public/random-inspections/{plan}/file");

        Assert.Equal(await officer.GetStringAsync($"/api/random-inspections/plans/{plan}/file"), file);
    }

    [Fact]
    public async Task Draw_Twice_IsRefusedAndKeepsFirstResult()
    {
        var officer = await factory.SignedInAsync("officer");
        var plan = await officer.DrawnPlanAsync();
        var before = await officer.GetStringAsync($"/api/random-inspections/plans/{plan}/file");

        var response = await officer.DrawAsync(plan, "another witness value");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("draw.already_drawn", (await DrawApiClient.ProblemAsync(response)).GetProperty("code").GetString());
        Assert.Equal(before, await officer.GetStringAsync($"/api/random-inspections/plans/{plan}/file"));
    }

    [Fact]
    public async Task Draw_Uncommitted_IsRefused()
    {
        var officer = await factory.SignedInAsync("officer");
        var plan = await officer.NewPlanAsync();

        var response = await officer.DrawAsync(plan);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("draw.not_committed", (await DrawApiClient.ProblemAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Commit_EmptyCandidateList_IsRefusedWithSource()
    {
        var officer = await factory.SignedInAsync("officer");
        var plan = await officer.NewPlanAsync(count: "1", region: "沁源县");

        var response = await officer.CommitAsync(plan);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await DrawApiClient.ProblemAsync(response);
        Assert.Equal("draw.no_candidates", problem.GetProperty("code").GetString());
        Assert.Contains("国办发〔2015〕58号", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_CountAboveCandidates_IsRefused()
    {
        var officer = await factory.SignedInAsync("officer");
        var plan = await officer.NewPlanAsync(count: "3");

        var response = await officer.CommitAsync(plan);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await DrawApiClient.ProblemAsync(response)).GetProperty("detail").GetString();
        Assert.Contains("3 target(s)", detail, StringComparison.Ordinal);
        Assert.Contains("2 candidate(s)", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_TooFewInspectors_NamesNeededAndQualified()
    {
        var officer = await factory.SignedInAsync("officer");
        var plan = await officer.NewPlanAsync(perTarget: "5");

        var response = await officer.CommitAsync(plan);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await DrawApiClient.ProblemAsync(response);
        Assert.Equal("draw.too_few_inspectors", problem.GetProperty("code").GetString());
        Assert.Equal("5", problem.GetProperty("arguments").GetProperty("needed").GetString());
        Assert.Equal("4", problem.GetProperty("arguments").GetProperty("qualified").GetString());
        Assert.Contains("第四十二条", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draw_SameMatterAgain_RecusesPreviousPairs()
    {
        var officer = await factory.SignedInAsync("officer");
        var first = await officer.DrawnPlanAsync();
        var previous = (await officer.TasksAsync(first)).ToDictionary(t => t.Target, t => t.Inspectors);

        var second = await officer.DrawnPlanAsync();

        foreach (var (target, inspectors) in await officer.TasksAsync(second))
        {
            Assert.Empty(inspectors.Intersect(previous[target]));
        }
    }

    [Fact]
    public async Task Plan_OtherCounty_Returns404Everywhere()
    {
        var city = await factory.SignedInAsync("officer");
        var plan = await city.NewPlanAsync();
        var luzhou = await factory.SignedInAsync("luzhou.officer");

        Assert.Equal(HttpStatusCode.NotFound, (await luzhou.GetAsync($"/api/random-inspections/plans/{plan}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await luzhou.CommitAsync(plan)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await luzhou.DrawAsync(plan)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await luzhou.GetAsync($"/api/random-inspections/plans/{plan}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await luzhou.GetAsync($"/admin/random-inspections/{plan}")).StatusCode);
        var plans = await luzhou.GetJsonAsync("/api/random-inspections/plans");
        Assert.DoesNotContain(plans.EnumerateArray(), p => p.GetProperty("id").GetGuid() == plan);
    }

    [Fact]
    public async Task CreatePlan_CountyUserWithCityMatter_IsRefusedAsNotListed()
    {
        var luzhou = await factory.SignedInAsync("luzhou.officer");

        var response = await luzhou.CreatePlanAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await DrawApiClient.ProblemAsync(response);
        Assert.Equal("draw.matter_not_listed", problem.GetProperty("code").GetString());
        Assert.Contains("第二条第一项", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatePlan_BadFields_ReportsEachField()
    {
        var officer = await factory.SignedInAsync("officer");

        var response = await officer.PostAsJsonAsync("/api/random-inspections/plans", new
        {
            matterCode = "CZRF-SJ-001",
            name = "",
            targetKinds = UnknownKind,
            region = "潞州区",
            ratio = "1.5",
            inspectorsPerTarget = "1",
            periodStart = "2026-13-01",
            periodEnd = "2026-09-30",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await DrawApiClient.ProblemAsync(response)).GetProperty("errors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("column").GetString()!, e => e.GetProperty("code").GetString());
        Assert.Equal("list.required", errors["name"]);
        Assert.Equal("list.invalid_choice", errors["targetKinds"]);
        Assert.Equal("draw.ratio_out_of_range", errors["ratio"]);
        Assert.Equal("draw.inspectors_per_target_range", errors["inspectorsPerTarget"]);
        Assert.Equal("list.invalid_date", errors["periodStart"]);
    }

    [Fact]
    public async Task CreatePlan_RatioNotANumber_NamesTheField()
    {
        var officer = await factory.SignedInAsync("officer");

        var response = await officer.CreatePlanAsync(count: null, ratio: "十分之一");

        var error = Assert.Single((await DrawApiClient.ProblemAsync(response)).GetProperty("errors").EnumerateArray());
        Assert.Equal("ratio", error.GetProperty("column").GetString());
        Assert.Equal("draw.invalid_number", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Draw_EmptyWitness_IsRefused()
    {
        var officer = await factory.SignedInAsync("officer");
        var plan = await officer.NewPlanAsync();
        await DrawApiClient.Succeeds(await officer.CommitAsync(plan));

        var response = await officer.DrawAsync(plan, "  ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await DrawApiClient.ProblemAsync(response)).GetProperty("errors").EnumerateArray());
        Assert.Equal("witness", error.GetProperty("column").GetString());
    }

    [Fact]
    public async Task History_DrawnEntity_ListsItsTask()
    {
        var officer = await factory.SignedInAsync("officer");
        var plan = await officer.DrawnPlanAsync();
        var target = (await officer.TasksAsync(plan))[0].Target;

        var history = await officer.GetJsonAsync($"/api/random-inspections/entities/{target}/history");

        Assert.Contains(history.EnumerateArray(), t => t.GetProperty("planId").GetGuid() == plan);
    }
}
