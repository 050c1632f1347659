using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Zhifa.Infrastructure.Demo;

namespace Zhifa.Web.Tests.Support;

/// <summary>Signing in and posting forms the way a browser does, antiforgery token included.</summary>
public static partial class HttpSession
{
    public static async Task<HttpClient> SignedInAsync(this ZhifaFactory factory, string userName)
    {
        var client = factory.CreateBrowser();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    /// <summary>GETs the page holding the form, then posts the fields with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await AntiforgeryTokenAsync(client, url);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(url, content);
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url)
    {
        var page = await client.GetStringAsync(url);
        var match = TokenPattern().Match(page);
        Assert.True(match.Success, $"No antiforgery token on {url}.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
