using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Supervision;

/// <summary>
/// Case-file reviews score finished cases only, by supervisors, field by field; the annual statistics count
/// the known data set and are published on the portal once the year is over.
/// </summary>
public sealed class QualityAndAnnualReportTests : IAsyncLifetime, IDisposable
{
    private readonly ZhifaFactory _factory = new();
    private CaseApiClient _api = null!;
    private SupervisionData _data = null!;

    public async Task InitializeAsync()
    {
        _api = new CaseApiClient(_factory);
        _data = await SupervisionData.CreateAsync(_api);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string?> FullMarks() => new()
    {
        ["body"] = "10",
        ["facts"] = "25",
        ["law"] = "20",
        ["procedure"] = "25",
        ["documents"] = "10",
        ["filing"] = "10",
    };

    [Fact]
    public async Task Supervisor_scores_a_closed_case_and_the_figures_count_it()
    {
        var scores = FullMarks();
        scores["documents"] = "6";
        var response = await PostReviewAsync("supervisor", _data.C, scores, "送达回证缺少受送达人签名。");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var review = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(96, review.GetProperty("total").GetInt32());
        Assert.Equal("Excellent", review.GetProperty("grade").GetString());

        var supervisor = await _api.AsAsync("supervisor");
        var dashboard = JsonDocument.Parse(await supervisor.GetStringAsync("/api/supervision/dashboard?period=2026-06")).RootElement;
        Assert.Equal(96m, dashboard.GetProperty("headline").GetProperty("qualityAverage").GetDecimal());

        var page = await supervisor.GetStringAsync($"/supervision/quality/{_data.C}");
        Assert.Contains("送达回证缺少受送达人签名。", page);
        Assert.Contains("<span data-total>96</span>", page);
    }

    [Fact]
    public async Task Open_case_is_refused_with_the_article()
    {
        var response = await PostReviewAsync("supervisor", _data.A, FullMarks(), null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("quality.case_not_finished", body);
        Assert.Contains("《住房和城乡建设行政处罚程序规定》第四十条", body);
    }

    [Fact]
    public async Task Scores_are_checked_field_by_field()
    {
        var scores = FullMarks();
        scores.Remove("facts");
        scores["law"] = "21";
        scores["body"] = "-1";

        var response = await PostReviewAsync("supervisor", _data.C, scores, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("'facts'", body);
        Assert.Contains("'law' must be a whole number from 0 to 20", body);
        Assert.Contains("'body' must be a whole number from 0 to 10", body);
    }

    [Fact]
    public async Task Lost_marks_need_findings_and_officers_may_not_review()
    {
        var scores = FullMarks();
        scores["filing"] = "5";
        var noFindings = await PostReviewAsync("supervisor", _data.C, scores, " ");
        Assert.Contains("quality.findings_required", await noFindings.Content.ReadAsStringAsync());

        var byOfficer = await PostReviewAsync("officer", _data.C, FullMarks(), null);
        var body = await byOfficer.Content.ReadAsStringAsync();
        Assert.Contains("quality.supervisor_required", body);
        Assert.Contains("quality.own_case", body);

        var county = await PostReviewAsync("luzhou.supervisor", _data.C, FullMarks(), null);
        Assert.Equal(HttpStatusCode.NotFound, county.StatusCode);
    }

    [Fact]
    public async Task Annual_statistics_count_the_year_and_are_published_after_it()
    {
        var supervisor = await _api.AsAsync("supervisor");
        var city = await CityOfficeAsync(supervisor);

        var draft = JsonDocument.Parse(await supervisor.GetStringAsync($"/api/supervision/annual-reports/{city}/2026")).RootElement;
        var lines = draft.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("code").GetString()!, l => l.GetProperty("value").GetDecimal());
        Assert.Equal(3m, lines["registered"]); // A, B, C; D belongs to the county office
        Assert.Equal(1m, lines["filed"]);
        Assert.Equal(1m, lines["penalties"]);
        Assert.Equal(1m, lines["simple"]);
        Assert.Equal(150m, lines["fine_amount"]);
        Assert.Equal(150m, lines["collected"]);

        var legal = await _api.AsAsync("legal");
        var early = await legal.PostAsync($"/api/supervision/annual-reports/{city}/2026/publish", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("国办发〔2018〕118号", await early.Content.ReadAsStringAsync());

        var officer = await _api.AsAsync("officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/api/supervision/annual-reports/{city}/2025/publish", null)).StatusCode);

        _api.SetToday(1, 20, 2027);
        legal = await _api.AsAsync("legal");
        var published = await legal.PostAsync($"/api/supervision/annual-reports/{city}/2026/publish", null);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);

        var anonymous = _factory.CreateClient();
        var portal = await anonymous.GetStringAsync("/portal/annual-reports");
        Assert.Contains("2026年度行政执法统计年报", portal);
        var list = JsonDocument.Parse(await anonymous.GetStringAsync("/api/public/annual-reports")).RootElement;
        var pdf = await anonymous.GetByteArrayAsync(list[0].GetProperty("pdf").GetString());
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        var xlsx = await anonymous.GetByteArrayAsync(list[0].GetProperty("xlsx").GetString());
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
    }

    [Fact]
    public async Task Annual_report_page_office_picker()
    {
        var supervisor = await _api.AsAsync("supervisor");
        var county = await OfficeAsync(supervisor, "潞州区人民防空办公室");
        var city = await OfficeAsync(supervisor, "长治市人民防空办公室");

        var page = await supervisor.GetStringAsync($"/supervision/annual-report?year=2026&office={county}");
        Assert.Contains($"<option value=\"{county}\" selected=\"selected\">潞州区人民防空办公室</option>", page, StringComparison.Ordinal);
        Assert.Contains($"/api/supervision/annual-reports/{county}/2026?format=xlsx", page, StringComparison.Ordinal);

        // The legal administrator's scope is the city office only, so a request for a county shows the city's figures.
        var legal = await _api.AsAsync("legal");
        var countyAsLegal = await legal.GetStringAsync($"/supervision/annual-report?year=2026&office={county}");
        Assert.Contains($"/api/supervision/annual-reports/{city}/2026?format=xlsx", countyAsLegal, StringComparison.Ordinal);
        Assert.DoesNotContain($"annual-reports/{county}/", countyAsLegal, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"year\"", countyAsLegal, StringComparison.Ordinal);
        Assert.DoesNotContain("<input type=\"hidden\" name=\"year\"", page, StringComparison.Ordinal);

        // The county supervisor asking for the city office gets the own county's figures instead.
        var countySupervisor = await _api.AsAsync("luzhou.supervisor");
        var own = await countySupervisor.GetStringAsync($"/supervision/annual-report?year=2026&office={city}");
        Assert.Contains($"/api/supervision/annual-reports/{county}/2026?format=xlsx", own, StringComparison.Ordinal);
        Assert.DoesNotContain($"annual-reports/{city}/", own, StringComparison.Ordinal);
    }

    private static Task<Guid> CityOfficeAsync(HttpClient supervisor) => OfficeAsync(supervisor, "长治市人民防空办公室");

    private static async Task<Guid> OfficeAsync(HttpClient supervisor, string name)
    {
        var dashboard = JsonDocument.Parse(await supervisor.GetStringAsync("/api/supervision/dashboard?period=2026")).RootElement;
        return dashboard.GetProperty("offices").EnumerateArray()
            .First(o => o.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    private async Task<HttpResponseMessage> PostReviewAsync(string user, Guid caseId, Dictionary<string, string?> scores, string? findings)
    {
        var client = await _api.AsAsync(user);
        return await client.PostAsJsonAsync($"/api/supervision/cases/{caseId}/quality-reviews", new { scores, findings });
    }
}
