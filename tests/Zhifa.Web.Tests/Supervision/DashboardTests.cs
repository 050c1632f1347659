using System.Net;
using System.Text.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Supervision;

/// <summary>
/// The dashboard's figures on a known data set (<see cref="SupervisionData"/>), counted by hand: the city
/// supervisor sees both offices, the county supervisor only the county, and a missed deadline is red and
/// links to its case.
/// </summary>
public sealed class DashboardTests : IAsyncLifetime, IDisposable
{
    private readonly ZhifaFactory _factory = new();
    private CaseApiClient _api = null!;
    private SupervisionData _data = null!;

    public async Task InitializeAsync()
    {
        _api = new CaseApiClient(_factory);
        _data = await SupervisionData.CreateAsync(_api);
        _api.SetToday(6, 30);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task City_supervisor_figures_equal_the_hand_counts()
    {
        var dashboard = await DashboardAsync("supervisor", "2026-06");

        var headline = dashboard.GetProperty("headline");
        Assert.Equal(3, headline.GetProperty("openCases").GetInt32()); // A, B, D; C is closed
        Assert.Equal(2, headline.GetProperty("overdue").GetInt32()); // clue verification of B and D
        Assert.Equal(4, headline.GetProperty("registeredInPeriod").GetInt32());
        Assert.Equal(1, headline.GetProperty("decidedInPeriod").GetInt32()); // C, on the spot
        Assert.Equal(150m, headline.GetProperty("finesImposed").GetDecimal());
        Assert.Equal(150m, headline.GetProperty("finesCollected").GetDecimal());

        var byStage = Rows(dashboard, "open_by_stage");
        Assert.Equal(2m, byStage["case.stage.Registered"][0]);
        Assert.Equal(1m, byStage["case.stage.Filed"][0]);

        // registered, decided, closed, open, overdue, fines imposed, collected, quality average
        var offices = Rows(dashboard, "offices");
        Assert.Equal([3m, 1m, 1m, 2m, 1m, 150m, 150m, null], offices["长治市人民防空办公室"]);
        Assert.Equal([1m, 0m, 0m, 1m, 1m, 0m, 0m, null], offices["潞州区人民防空办公室"]);

        // C was decided on 06-01 and never published: its 7 working days ended on 06-10.
        // decisions, on time, late, unpublished and overdue, unpublished and not yet due
        var publication = Rows(dashboard, "publication_timeliness");
        Assert.Equal([1m, 0m, 0m, 1m, 0m], publication["长治市人民防空办公室"]);
        Assert.Equal([0m, 0m, 0m, 0m, 0m], publication["潞州区人民防空办公室"]);

        var watched = dashboard.GetProperty("watch").EnumerateArray()
            .Select(w => (w.GetProperty("caseId").GetGuid(), w.GetProperty("deadlineCode").GetString(), w.GetProperty("state").GetString(), w.GetProperty("dueOn").GetString()))
            .ToHashSet();
        Assert.Contains((_data.B, "clue_verification", "Overdue", "2026-06-23"), watched);
        Assert.Contains((_data.D, "clue_verification", "Overdue", "2026-06-23"), watched);
        Assert.DoesNotContain(watched, w => w.Item1 == _data.A);
    }

    [Fact]
    public async Task County_supervisor_sees_only_the_county()
    {
        var dashboard = await DashboardAsync("luzhou.supervisor", "2026-06");

        Assert.Equal(1, dashboard.GetProperty("headline").GetProperty("openCases").GetInt32());
        Assert.Equal(["潞州区人民防空办公室"], dashboard.GetProperty("offices").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.Equal([_data.D], dashboard.GetProperty("watch").EnumerateArray().Select(w => w.GetProperty("caseId").GetGuid()));

        var county = await _api.AsAsync("luzhou.supervisor");
        var cityOffice = (await DashboardAsync("supervisor", "2026-06")).GetProperty("offices").EnumerateArray()
            .First(o => o.GetProperty("name").GetString() == "长治市人民防空办公室").GetProperty("id").GetGuid();
        var response = await county.GetAsync($"/api/supervision/dashboard?period=2026-06&office={cityOffice}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("甲案", await county.GetStringAsync("/supervision?period=2026-06"));
    }

    [Fact]
    public async Task Head_sees_own_office_and_officer_is_refused()
    {
        var dashboard = await DashboardAsync("head", "2026-Q2");
        Assert.Equal(2, dashboard.GetProperty("headline").GetProperty("openCases").GetInt32()); // A and B

        var officer = await _api.AsAsync("officer");
        var refused = await officer.GetAsync("/api/supervision/dashboard");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("supervision.role_required", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Overdue_item_is_red_and_links_to_its_case()
    {
        var head = await _api.AsAsync("head");

        var page = await head.GetStringAsync("/supervision?period=2026-06");

        var link = page.IndexOf($"href=\"/cases/{_data.B}\"", StringComparison.Ordinal);
        Assert.True(link > 0, "the overdue case is linked from the dashboard");
        var start = page.LastIndexOf("<tr", link, StringComparison.Ordinal);
        var tr = page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
        Assert.Contains("class=\"deadline-overdue\"", tr);
        Assert.Contains("data-state=\"Overdue\"", tr);
        Assert.Contains("案源核查", tr);
        Assert.Contains("2026-06-23", tr);
        Assert.Contains("<svg class=\"chart\"", page);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("26")]
    [InlineData("1999")]
    [InlineData("2026-06-01")]
    public async Task Unreadable_period_gets_400_naming_the_formats(string period)
    {
        var supervisor = await _api.AsAsync("supervisor");

        var response = await supervisor.GetAsync($"/api/supervision/dashboard?period={Uri.EscapeDataString(period)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("YYYY-MM (a month), YYYY-Qn (a quarter", await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> DashboardAsync(string user, string period)
    {
        var client = await _api.AsAsync(user);
        var response = await client.GetAsync($"/api/supervision/dashboard?period={period}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    internal static Dictionary<string, decimal?[]> Rows(JsonElement dashboard, string code) =>
        dashboard.GetProperty("tables").EnumerateArray()
            .Single(t => t.GetProperty("code").GetString() == code)
            .GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("label").GetString()!, r => r.GetProperty("values").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (decimal?)null : v.GetDecimal()).ToArray());
}
