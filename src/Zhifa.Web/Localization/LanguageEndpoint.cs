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
            var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                ? returnUrl
                : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous();
}
