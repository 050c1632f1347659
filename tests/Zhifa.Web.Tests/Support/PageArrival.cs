using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Zhifa.Web.Tests.Support;

/// <summary>
/// Waits until a page has navigated to a URL and its document has been parsed. Playwright .NET's
/// <c>WaitForURLAsync</c> checks the URL and only then subscribes to navigation events, so an event delivered
/// in between is lost, and the wait runs to its timeout although the page has loaded. Both waits here poll
/// inside Playwright's driver instead, so no event can be missed. Go back to
/// <c>WaitForURLAsync</c> once a Playwright release subscribes before it checks.
/// </summary>
public static class PageArrival
{
    public static async Task ArriveAtAsync(this IPage page, Regex url)
    {
        await Assertions.Expect(page).ToHaveURLAsync(url, new PageAssertionsToHaveURLOptions { Timeout = 90_000 });
        await page.WaitForFunctionAsync("() => document.readyState !== 'loading'");
    }
}
