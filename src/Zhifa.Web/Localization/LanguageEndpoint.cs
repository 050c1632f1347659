using Microsoft.AspNetCore.Localization;

namespace Zhifa.Web.Localization;

/// <summary>GET /language/{culture}: remembers the chosen language in a cookie and goes back to the page.</summary>
internal static class LanguageEndpoint
{
    public static void MapLanguage(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/language/{culture}", (string culture, string? returnUrl, HttpContext context) =>
        {
            if (culture is not ("zh-CN" or "en"))
            {
                return Results.BadRequest("Unknown language; use zh-CN or en.");
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });

            // Only local paths, so the link cannot be used to send people to another site.
            var target = IsLocalPath(returnUrl) ? returnUrl! : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous();

    // A single leading '/', then no '/' or '\' (which browsers read as another host), no control characters.
    private static bool IsLocalPath(string? url) =>
        url is { Length: > 0 }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl)
        && !url.Contains('\\', StringComparison.Ordinal);
}
