using System.Net;
using System.Net.Http.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Calendar;

/// <summary>The legal affairs office enters a later year's holiday notice through the API; county offices may not.</summary>
public sealed class PublishYearApiTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private static readonly object Notice2027 = new
    {
        title = "国务院办公厅关于2027年部分节假日安排的通知",
        documentNumber = "国办发明电〔2026〕99号（测试）",
        issuedOn = "2026-11-20",
        days = new object[]
        {
            new { date = "2027-01-01", kind = "Holiday", name = "元旦" },
            new { date = "2027-02-06", kind = "Holiday", name = "春节" },
            new { date = "2027-02-20", kind = "AdjustedWorkingDay", name = "春节" },
        },
    };

    [Fact]
    public async Task Legal_office_publishes_a_year()
    {
        var legal = await factory.SignedInAsync("legal");

        var response = await legal.PutAsJsonAsync("/api/calendar/2027", Notice2027);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var published = await legal.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/calendar/2027");
        Assert.Equal(3, published.GetProperty("days").GetArrayLength());
    }

    [Fact]
    public async Task County_office_may_not_publish()
    {
        var county = await factory.SignedInAsync("luzhou.legal");

        var response = await county.PutAsJsonAsync("/api/calendar/2027", Notice2027);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Weekday_working_day_is_rejected()
    {
        var legal = await factory.SignedInAsync("legal");
        var bad = new
        {
            title = "测试通知",
            issuedOn = "2026-11-20",
            days = new object[] { new { date = "2029-01-03", kind = "AdjustedWorkingDay", name = "元旦" } },
        };

        var response = await legal.PutAsJsonAsync("/api/calendar/2029", bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2029-01-03", await response.Content.ReadAsStringAsync());
    }
}
