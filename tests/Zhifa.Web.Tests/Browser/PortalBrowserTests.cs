using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zhifa.Web.Tests.Publicity;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Browser;

/// <summary>
/// The public portal in headless Chromium against the real host: the home page, a search for 人防工程 that finds
/// a published decision, its page, a flowchart drawn as SVG, and axe-core (from tests/browser-tools, installed
/// by scripts/test.sh with npm ci) on each page with no serious or critical violations.
/// </summary>
public sealed class PortalBrowserTests
{
    [Fact]
    public async Task Portal_pages_search_flowchart_and_accessibility()
    {
        var axe = await File.ReadAllTextAsync(AxePath());
        await using var store = new TestStore();
        Guid id;
        await using (var factory = new StoreFactory(store, loadDemo: true))
        {
            id = await PublicityFactory.SeedDecidedCaseAsync(factory, "王测试擅自拆除人防工程防护设备案");
            await PublicityFactory.PublishAsync(await factory.SignedInAsync("head"), id);
        }

        using var host = ZhifaProcess.StartHost(store);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        await using var browser = await HeadlessChromium.LaunchAsync();
        var page = await browser.NewPageAsync(host.BaseAddress!);

        await page.GotoAsync("/");
        await AssertAccessibleAsync(page, axe, "home");
        await page.ClickAsync("a[href='/portal/decisions']");
        await page.ArriveAtAsync(new Regex("/portal/decisions$"));
        await page.FillAsync("#q", "人防工程");
        await page.ClickAsync("form[role=search] button[type=submit]");

        await page.ArriveAtAsync(new Regex("/portal/decisions\\?q="));
        var link = page.Locator($"a[href='/portal/decisions/{id}']");
        Assert.Equal(1, await link.CountAsync());
        await AssertAccessibleAsync(page, axe, "search");
        await link.ClickAsync();
        await page.ArriveAtAsync(new Regex($"/portal/decisions/{id}$"));
        var text = await page.InnerTextAsync("main");
        Assert.Contains("王某某", text, StringComparison.Ordinal);
        Fc26.AssertNoOriginals(await page.ContentAsync());
        await AssertAccessibleAsync(page, axe, "decision");

        await page.SetViewportSizeAsync(390, 844); // a phone
        await page.GotoAsync("/portal/flowcharts/GeneralPenalty");
        Assert.True(await page.Locator("figure.flowchart svg rect").CountAsync() >= 10);
        Assert.Contains("法制审核", await page.InnerTextAsync("figure.flowchart"), StringComparison.Ordinal);
        await AssertAccessibleAsync(page, axe, "flowchart");
        Assert.Empty(browser.BlockedRequests);
    }

    private static async Task AssertAccessibleAsync(IPage page, string axe, string name)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = axe });
        var json = await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document)).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))");
        var violations = JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}, {v.GetProperty("nodes").GetInt32()} nodes)")
            .ToList();
        Assert.True(violations.Count == 0, $"{name}: " + string.Join("; ", violations));
    }

    private static string AxePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "browser-tools", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail("axe-core is missing: run scripts/test.sh, which runs npm ci in tests/browser-tools.");
        return "";
    }
}
