using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Zhifa.Web.Localization;

namespace Zhifa.Web.Problems;

/// <summary>
/// Writes a body for responses that left the pipeline with a status but no body: a short page in the user's
/// language for browsers, a problem with a code and a hint for API callers.
/// </summary>
internal static class StatusPages
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/health"))
        {
            await Results.Problem(
                title: ((HttpStatusCode)status).ToString(),
                detail: ApiHint(status),
                statusCode: status,
                extensions: new Dictionary<string, object?> { ["code"] = $"http.{status}" }).ExecuteAsync(http);
            return;
        }

        var texts = http.RequestServices.GetRequiredService<Texts>();
        var message = status is 400 or 403 or 404
            ? texts[$"error.page.{status}"]
            : texts.Format("error.page.other", ("code", status));
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            $"""
            <!DOCTYPE html><html lang="{(Texts.IsEnglish ? "en" : "zh-CN")}"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>{WebUtility.HtmlEncode(texts["error.page.title"])}</title>
            <link rel="stylesheet" href="/css/site.css"></head><body><main>
            <h1>{WebUtility.HtmlEncode(texts["error.page.title"])} ({status})</h1><p>{WebUtility.HtmlEncode(message)}</p>
            <p><a href="/">{WebUtility.HtmlEncode(texts["error.page.home"])}</a></p></main></body></html>
            """);
    }

    private static string ApiHint(int status) => status switch
    {
        400 => "The request could not be read: check the parameters and the JSON body against /openapi/v1.json.",
        401 => "Sign in first: POST /api/auth/login with {\"userName\": ..., \"password\": ...}, then send the cookie it sets.",
        403 => "Your role does not allow this request.",
        404 => "Nothing at this path; check the list name and the id, or see /openapi/v1.json for the endpoints.",
        405 => "This method is not allowed here; see /openapi/v1.json for the methods each endpoint takes.",
        415 => "Send the body as JSON (Content-Type: application/json), or for imports as text/csv or .xlsx.",
        _ => "The request could not be completed.",
    };
}
