using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Zhifa.Web.Tests.Support;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, installed by scripts/test.sh) driven headless through Playwright's
/// Node driver, which the Microsoft.Playwright package copies into the test output. Playwright's own browser
/// download is never used. The flags below keep Chromium off the network except for the loopback host a
/// test starts, so tests navigate only to a <see cref="ZhifaProcess"/> on 127.0.0.1.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Chromium flags that turn off background requests and ignore any proxy set in the environment.</summary>
    public static readonly string[] OfflineFlags =
    [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-sync",
        "--metrics-recording-only",
        "--no-first-run",
        "--disable-features=Translate,OptimizationHints,MediaRouter",
        "--disable-domain-reliability",
        "--no-proxy-server",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _chromium;
    private readonly ConcurrentQueue<string> _blockedRequests = new();

    private HeadlessChromium(IPlaywright playwright, IBrowser chromium)
    {
        _playwright = playwright;
        _chromium = chromium;
    }

    /// <summary>The addresses of requests the pages made to any other host, which were aborted.</summary>
    public IReadOnlyCollection<string> BlockedRequests => _blockedRequests;

    /// <summary>Starts the Playwright driver and launches headless Chromium from <see cref="ChromiumPath"/>.</summary>
    public static async Task<HeadlessChromium> LaunchAsync()
    {
        Assert.True(
            File.Exists(ChromiumPath),
            $"{ChromiumPath} is missing; run scripts/test.sh, which installs Debian's chromium package.");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = OfflineFlags,
                Timeout = 60_000,
            });
            return new HeadlessChromium(playwright, chromium);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens a page 1280 px wide in a context of its own, so each user keeps a separate sign-in cookie. A request
    /// to any host other than <paramref name="host"/> is aborted and added to <see cref="BlockedRequests"/>.
    /// </summary>
    public async Task<IPage> NewPageAsync(Uri host)
    {
        var context = await _chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        // Generous, because the suite runs test classes in parallel on two cores: a page that takes 30 s under
        // that load is slow, not broken. A real hang still fails.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        await context.RouteAsync("**/*", async route =>
        {
            var target = new Uri(route.Request.Url);
            if (target.Scheme is "http" && target.Host == host.Host && target.Port == host.Port)
            {
                await route.ContinueAsync();
            }
            else
            {
                _blockedRequests.Enqueue(route.Request.Url);
                await route.AbortAsync("blockedbyclient");
            }
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _chromium.CloseAsync();
        _playwright.Dispose();
    }
}
