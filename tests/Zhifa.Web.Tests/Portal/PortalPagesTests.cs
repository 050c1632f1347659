using System.Net;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Portal;

/// <summary>The public portal's entry pages and the pages shown for errors.</summary>
public sealed class PortalPagesTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    [Fact]
    public async Task MatterPage_Anonymous_ShowsServiceGuide()
    {
        var list = await factory.CreateBrowser().GetStringAsync("/portal/lists/matters");
        var start = list.IndexOf("/portal/lists/matters/", StringComparison.Ordinal);
        var link = list[start..list.IndexOf('"', start)];

        var page = await factory.CreateBrowser().GetStringAsync(link);

        Assert.Contains("救济途径", page, StringComparison.Ordinal);
        Assert.Contains("六十日内依法申请行政复议", page, StringComparison.Ordinal);
        Assert.Contains("法律依据（条文内容）", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownEntry_Browser_GetsChinesePage()
    {
        var response = await factory.CreateBrowser().GetAsync($"/portal/lists/matters/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在，或您无权查看该记录。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiPath_GetsProblemWithHint()
    {
        var legal = await factory.SignedInAsync("legal");

        var response = await legal.GetAsync("/api/lists/personnel/not-a-guid");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("\"code\":\"http.404\"", body, StringComparison.Ordinal);
        Assert.Contains("/openapi/v1.json", body, StringComparison.Ordinal);
    }
}
