using System.Globalization;
using System.Net;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Cases;

/// <summary>A value of a case step's form that does not parse is reported with the field's label, not its API name.</summary>
public sealed class ActionFormFieldNameTests
{
    [Fact]
    public async Task Unparsable_fine_shows_field_label()
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
        await api.StepAsync("officer", id, "declare-recusal", new() { ["conflict"] = false });
        await api.StepAsync("officer2", id, "declare-recusal", new() { ["conflict"] = false });
        await api.StepAsync("officer", id, "start-investigation");
        var version = (await api.GetAsync("officer", id)).GetProperty("version").GetInt32();

        var response = await (await api.AsAsync("officer")).PostFormAsync($"/cases/{id}?action=propose-decision",
        [
            new("Form.Version", version.ToString(CultureInfo.InvariantCulture)),
            new("Form.Outcome", "Penalty"),
            new("Form.Facts", "擅自拆除警报器一台"),
            new("Form.Evidence", "现场照片"),
            new("Form.LegalBasis", "《中华人民共和国人民防空法》第四十九条"),
            new("Form.DiscretionReason", "情节一般"),
            new("Form.Penalties", "Fine"),
            new("Form.FineAmount", "五万"),
        ]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("罚款金额（元）：不是有效金额", page);
        Assert.DoesNotContain("fineAmount:", page);
    }
}
