using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Cases;

/// <summary>
/// The registration day of a new case: a mistyped date on the form is reported instead of being replaced by
/// today, and a day before the revised Administrative Penalty Law came into force (2021-07-15) is refused.
/// </summary>
public sealed class RegistrationDateTests
{
    [Fact]
    public async Task Mistyped_day_registers_nothing()
    {
        await using var factory = new ZhifaFactory();
        var api = new CaseApiClient(factory);
        var officer = await api.AsAsync("officer");
        var matter = await api.MatterIdAsync("CZRF-CF-001");

        var response = await officer.PostFormAsync("/cases/new",
        [
            new("Form.Procedure", "GeneralPenalty"),
            new("Form.MatterId", matter.ToString()),
            new("Form.Title", "日期写错的案件"),
            new("Form.PartyKind", "Unit"),
            new("Form.PartyName", "长治市测试建材有限公司"),
            new("Form.RegisteredOn", "2026-13-45"),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("登记日期：不是有效日期，请按“年-月-日”填写，如2026-03-01。", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("日期写错的案件", await officer.GetStringAsync("/cases"));
    }

    [Theory]
    [InlineData("0001-01-01", false)]
    [InlineData("2021-07-14", false)]
    [InlineData("2021-07-15", true)]
    public async Task Registration_day_is_not_before_the_revised_law(string day, bool accepted)
    {
        await using var factory = new ZhifaFactory();
        var api = new CaseApiClient(factory);
        var officer = await api.AsAsync("officer");

        var response = await officer.PostAsJsonAsync("/api/cases", new
        {
            procedure = "GeneralPenalty",
            matterId = await api.MatterIdAsync("CZRF-CF-001"),
            title = "补录旧案",
            partyKind = "Unit",
            partyName = "长治市测试建材有限公司",
            registeredOn = day,
        });

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        if (accepted)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal(day, body.GetProperty("registeredOn").GetString());
            return;
        }

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("registeredOn", error.GetProperty("field").GetString());
        Assert.Equal("case.registered_before_law", error.GetProperty("code").GetString());
    }
}
