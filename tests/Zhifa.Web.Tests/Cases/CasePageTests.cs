using System.Net;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Cases;

/// <summary>The case pages: forms post through the same rules as the API and show refusals in Chinese with the article.</summary>
public sealed class CasePageTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private readonly CaseApiClient _api = new(factory);

    [Fact]
    public async Task Blocked_step_names_its_article()
    {
        var id = await RegisterAsync();
        var head = await _api.AsAsync("head");

        var page = await head.GetStringAsync($"/cases/{id}");

        Assert.Contains("立案审批", page);
        Assert.Contains("案源核查", page);
        var officer = await _api.AsAsync("officer");
        var officerPage = await officer.GetStringAsync($"/cases/{id}");
        Assert.Contains("data-blocked=\"approve-filing\"", officerPage);
        Assert.Contains("您的岗位不能办理该环节，须由部门负责人或者机关负责人办理。（依据：《中华人民共和国行政处罚法》第五十七条", officerPage);
    }

    [Fact]
    public async Task Form_refusal_shows_rule_and_source()
    {
        var id = await RegisterAsync();
        var head = await _api.AsAsync("head");
        var zhang = await _api.OfficerIdAsync("14040001");

        var response = await head.PostFormAsync($"/cases/{id}?action=approve-filing",
        [
            new("Form.Version", "1"),
            new("Form.OfficerIds", zhang.ToString()),
        ]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("须由至少2名执法证在2026-06-01有效", page);
        Assert.Contains("依据：《中华人民共和国行政处罚法》第四十二条", page);
    }

    [Fact]
    public async Task Form_step_moves_the_case()
    {
        var id = await RegisterAsync();
        var head = await _api.AsAsync("head");
        var zhang = await _api.OfficerIdAsync("14040001");
        var li = await _api.OfficerIdAsync("14040002");

        var response = await head.PostFormAsync($"/cases/{id}?action=approve-filing",
        [
            new("Form.Version", "1"),
            new("Form.OfficerIds", zhang.ToString()),
            new("Form.OfficerIds", li.ToString()),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Filed", (await _api.GetAsync("head", id)).GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Stale_form_is_told_to_reload()
    {
        var id = await RegisterAsync();
        var zhang = await _api.OfficerIdAsync("14040001");
        var li = await _api.OfficerIdAsync("14040002");
        await _api.StepAsync("head", id, "approve-filing", new() { ["officerIds"] = new[] { zhang, li } });
        var officer = await _api.AsAsync("officer");

        var response = await officer.PostFormAsync($"/cases/{id}?action=declare-recusal",
        [
            new("Form.Version", "1"),
            new("Form.Conflict", "false"),
        ]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("请刷新后重试", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Other_county_case_page_answers_404()
    {
        var id = await RegisterAsync();
        var county = await _api.AsAsync("luzhou.officer");

        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/cases/{id}")).StatusCode);
    }

    [Fact]
    public async Task Register_form_reports_missing_fields()
    {
        var officer = await _api.AsAsync("officer");

        var response = await officer.PostFormAsync("/cases/new", [new("Form.Procedure", "GeneralPenalty")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("案由：此项必填", page);
        Assert.Contains("当事人：此项必填", page);
    }

    [Fact]
    public async Task Page_generates_a_document_and_takes_a_scan()
    {
        var id = await RegisterAsync();
        var officer = await _api.AsAsync("officer");
        var token = await HttpSession.AntiforgeryTokenAsync(officer, $"/cases/{id}");

        var generated = await officer.PostAsync(
            $"/cases/{id}?handler=Document&kind=FilingApproval&format=pdf",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, generated.StatusCode);

        using var scan = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("plain text"u8.ToArray()), "file", "scan.txt" },
        };
        var refused = await officer.PostAsync($"/cases/{id}?handler=Scan&kind=FilingApproval", scan);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("扫描件须为PDF、JPEG或PNG文件", await refused.Content.ReadAsStringAsync());

        var page = await officer.GetStringAsync($"/cases/{id}");
        Assert.Contains($"/api/cases/{id}/documents/", page);
        Assert.Contains("立案审批表</a>", page);
    }

    private async Task<Guid> RegisterAsync()
    {
        _api.SetToday(6, 1);
        return await _api.RegisterAsync("officer", new
        {
            procedure = "GeneralPenalty",
            matterId = await _api.MatterIdAsync("CZRF-CF-001"),
            title = "页面测试案",
            partyKind = "Unit",
            partyName = "测试单位",
        });
    }
}
