using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zhifa.Infrastructure.Demo;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Browser;

/// <summary>
/// The supervision dashboard in headless Chromium: two case sources registered 40 days ago have missed
/// their 15-working-day clue verification, so the city supervisor's dashboard draws its charts, shows two
/// red rows, and the first leads to its case. The screenshot is kept for the README.
/// </summary>
public sealed class DashboardBrowserTests
{
    [Fact]
    public async Task Dashboard_draws_charts_and_leads_to_overdue_cases()
    {
        await using var store = new TestStore();
        using var host = ZhifaProcess.StartHost(store);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        await using var browser = await HeadlessChromium.LaunchAsync();
        var registered = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-40);

        var officer = await SignInAsync(browser, host, "officer");
        await RegisterAsync(officer, registered, "擅自拆除人民防空警报设施案");
        await RegisterAsync(officer, registered, "损坏人民防空工程案");

        var supervisor = await SignInAsync(browser, host, "supervisor");
        await supervisor.GotoAsync("/supervision");

        Assert.Equal("执法监督", (await supervisor.Locator("nav a[href='/supervision']").InnerTextAsync()).Trim());
        Assert.True(await supervisor.Locator("svg.chart").CountAsync() >= 3);
        // Both cases wait at one stage: the stage chart has one bar, labelled 案源登记, of length 2.
        Assert.Equal(1, await supervisor.Locator("svg[data-chart='open_by_stage'] rect").CountAsync());
        Assert.Contains("案源登记: 2", await supervisor.Locator("svg[data-chart='open_by_stage'] rect title").TextContentAsync());
        Assert.Equal("2", await supervisor.Locator("[data-figure='overdue']").InnerTextAsync());
        Assert.Equal(2, await supervisor.Locator("table.watch tr[data-state='Overdue']").CountAsync());
        await supervisor.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("supervision-dashboard"), FullPage = true });

        await supervisor.Locator("table.watch tr[data-state='Overdue'] a").First.ClickAsync();
        await supervisor.ArriveAtAsync(new Regex("/cases/"));
        Assert.Contains("案源登记", await supervisor.Locator("h1").InnerTextAsync());
        Assert.Empty(browser.BlockedRequests);
    }

    private static async Task<IPage> SignInAsync(HeadlessChromium browser, ZhifaProcess host, string userName)
    {
        var page = await browser.NewPageAsync(host.BaseAddress!);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", DemoUsers.Password);
        await page.ClickAsync("button[type=submit]");
        await page.ArriveAtAsync(new Regex("^(?!.*/account/login)"));
        return page;
    }

    private static async Task RegisterAsync(IPage page, DateOnly registered, string title)
    {
        await page.GotoAsync("/cases/new");
        var matter = await page.Locator("select[name='Form.MatterId'] option", new() { HasTextString = "CZRF-CF-001" })
            .GetAttributeAsync("value");
        await page.SelectOptionAsync("select[name='Form.Procedure']", "GeneralPenalty");
        await page.SelectOptionAsync("select[name='Form.MatterId']", matter!);
        await page.FillAsync("[name='Form.Title']", title);
        await page.SelectOptionAsync("select[name='Form.Source']", "Complaint");
        await page.FillAsync("[name='Form.RegisteredOn']", Day(registered));
        await page.FillAsync("[name='Form.ActDate']", Day(registered.AddDays(-10)));
        await page.SelectOptionAsync("select[name='Form.PartyKind']", "Unit");
        await page.FillAsync("[name='Form.PartyName']", "测试（长治）样例有限公司");
        await page.FillAsync("[name='Form.PartyIdNumber']", "91140400MA0TEST01X");
        await page.SelectOptionAsync(
            "select[name='Form.OfficerIds']",
            new[] { new SelectOptionValue { Label = "张测试 14040001" }, new SelectOptionValue { Label = "李样例 14040002" } });
        await page.ClickAsync("form.form button[type=submit]");
        await page.ArriveAtAsync(new Regex("done=registered"));
    }

    // With ZHIFA_SCREENSHOTS=1 the screenshot replaces the one in docs/screenshots; otherwise it goes to a
    // temporary folder, so a test run leaves the repository unchanged.
    private static string Screenshot(string name)
    {
        var folder = Environment.GetEnvironmentVariable("ZHIFA_SCREENSHOTS") == "1"
            ? Path.Combine(Python.RepositoryRoot, "docs", "screenshots")
            : Path.Combine(Path.GetTempPath(), "zhifa-screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
