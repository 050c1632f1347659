using System.Net;
using System.Net.Http.Json;
using Zhifa.Infrastructure.Demo;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Access;

public sealed class SignInTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    [Fact]
    public async Task Health_DatabaseReachable_Returns200()
    {
        var response = await factory.CreateBrowser().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(TestDatabase.IsPostgres ? "postgres" : "sqlite", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_DemoUser_ReachesWorkbench()
    {
        var client = await factory.SignedInAsync("legal");

        var page = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("周样例", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_WrongPassword_SaysSoWith401()
    {
        var client = factory.CreateBrowser();

        var response = await client.PostFormAsync("/account/login", [new("userName", "officer2"), new("password", "wrong-password")]);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("登录失败：用户名或密码错误", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FiveFailures_LocksAccount()
    {
        var client = factory.CreateBrowser();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { userName = "leader", password = "wrong-password" });
        }

        var withRightPassword = await client.PostAsJsonAsync("/api/auth/login", new { userName = "leader", password = DemoUsers.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, withRightPassword.StatusCode);
        Assert.Contains("locked for 15 minutes", await withRightPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workbench_Anonymous_RedirectsToSignIn()
    {
        var response = await factory.CreateBrowser().GetAsync("/admin/lists/personnel");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListApi_Anonymous_Returns401()
    {
        var response = await factory.CreateBrowser().GetAsync("/api/lists/personnel");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Portal_Anonymous_ShowsListsInChinese()
    {
        var page = await factory.CreateBrowser().GetStringAsync("/portal/lists/matters");

        Assert.Contains("执法事项清单", page, StringComparison.Ordinal);
        Assert.Contains("对损坏人民防空工程或者擅自拆除人民防空通信、警报设施的行政处罚", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Portal_EnglishChosen_ShowsEnglishHeaders()
    {
        var page = await factory.CreateBrowser().GetStringAsync("/portal/lists/personnel?culture=en");

        Assert.Contains("Enforcement personnel", page, StringComparison.Ordinal);
        Assert.Contains("Certificate number", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_FromLayoutForm_EndsSession()
    {
        var client = await factory.SignedInAsync("officer2");
        var token = await HttpSession.AntiforgeryTokenAsync(client, "/admin");

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/lists/personnel")).StatusCode);
    }

    [Fact]
    public async Task SignOut_CopiedCookie_NoLongerWorks()
    {
        var client = await factory.SignedInAsync("head");
        var cookie = await CookieOfAsync(client);

        await client.PostAsync("/api/auth/logout", null);
        factory.Clock.Advance(TimeSpan.FromSeconds(1));

        var replay = factory.CreateBrowser();
        replay.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.GetAsync("/api/auth/me")).StatusCode);
    }

    private static async Task<string> CookieOfAsync(HttpClient client)
    {
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = "head", password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        return string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }
}
