using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Cases;

/// <summary>
/// A recusal is declared by the case's officers themselves: the form offers only them, and an officer who names
/// another officer is refused instead of having their own declaration recorded in the other's place.
/// </summary>
public sealed class RecusalDeclarantTests
{
    [Fact]
    public async Task Recusal_for_colleague_rejected()
    {
        await using var factory = new ZhifaFactory();
        var api = new CaseApiClient(factory);
        var zhang = await api.OfficerIdAsync("14040001");
        var li = await api.OfficerIdAsync("14040002");
        var id = await api.RegisterAsync("officer", new
        {
            procedure = "GeneralPenalty",
            matterId = await api.MatterIdAsync("CZRF-CF-001"),
            title = "擅自拆除人防警报设施",
            partyKind = "Unit",
            partyName = "长治市测试建材有限公司",
        });
        await api.StepAsync("head", id, "approve-filing", new() { ["officerIds"] = new[] { zhang, li } });

        var page = await (await api.AsAsync("officer")).GetStringAsync($"/cases/{id}");
        var form = Regex.Match(page, "(?s)<form[^>]*data-action=\"declare-recusal\".*?</form>").Value;
        var offered = Regex.Matches(form, "<option value=\"([0-9a-f-]{36})\"").Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal([zhang, li], offered);

        using var refused = await api.ActAsync("officer", id, "declare-recusal", new() { ["conflict"] = false, ["officerId"] = li });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("case.recusal_for_another_officer", problem.GetProperty("code").GetString());
        Assert.Contains("第四十三条", problem.GetRawText(), StringComparison.Ordinal);

        var officers = (await api.GetAsync("officer", id)).GetProperty("officers").EnumerateArray().ToList();
        Assert.All(officers, o => Assert.Equal(JsonValueKind.Null, o.GetProperty("declaredOn").ValueKind));
    }
}
