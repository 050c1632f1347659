using System.Net;
using System.Net.Http.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Cases;

/// <summary>Bad input to cases: a matter of the wrong kind for the procedure, and step texts past the limit.</summary>
public sealed class CaseInputTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private readonly CaseApiClient _api = new(factory);

    [Fact]
    public async Task Penalty_case_with_an_inspection_matter_is_refused()
    {
        _api.SetToday(6, 1);
        var officer = await _api.AsAsync("officer");

        var response = await officer.PostAsJsonAsync("/api/cases", new
        {
            procedure = "GeneralPenalty",
            matterId = await _api.MatterIdAsync("CZRF-JC-001"),
            title = "程序与事项不符",
            partyKind = "Unit",
            partyName = "测试（长治）样例有限公司",
            officerIds = new[] { await _api.OfficerIdAsync("14040001"), await _api.OfficerIdAsync("14040002") },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("case.matter_kind_mismatch", body);
        Assert.Contains("CZRF-JC-001", body);
    }

    [Fact]
    public async Task Step_text_over_the_limit_is_refused_naming_the_field()
    {
        _api.SetToday(6, 1);
        var zhang = await _api.OfficerIdAsync("14040001");
        var li = await _api.OfficerIdAsync("14040002");
        var id = await _api.RegisterAsync("officer", new
        {
            procedure = "GeneralPenalty",
            matterId = await _api.MatterIdAsync("CZRF-CF-001"),
            title = "超长文本",
            partyKind = "Unit",
            partyName = "测试（长治）样例有限公司",
            officerIds = new[] { zhang, li },
        });

        var response = await _api.ActAsync("head", id, "approve-filing", new()
        {
            ["officerIds"] = new[] { zhang, li },
            ["reason"] = new string('长', 10_001),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("case.step_text_too_long", body);
        Assert.Contains("'reason' has 10001 characters; at most 10000 are kept", body);
    }
}
