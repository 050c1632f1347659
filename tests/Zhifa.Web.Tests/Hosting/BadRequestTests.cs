using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Hosting;

/// <summary>
/// Tests that a request the API cannot bind gets a 400 problem naming the field or parameter and the fix.
/// The last test checks that a signed-in user can read their own id.
/// </summary>
public sealed class BadRequestTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    [Fact]
    public async Task WrongFieldType_NamesJsonPath()
    {
        var client = await factory.SignedInAsync("officer");

        var response = await client.PostAsync("/api/cases", Json("""{"matterId": 5, "partyName": "某公司"}"""));

        var problem = await ProblemAsync(response);
        Assert.Equal("http.400", problem.GetProperty("code").GetString());
        Assert.Equal("$.matterId", problem.GetProperty("path").GetString());
        Assert.Contains("at $.matterId (line 1,", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJson_SaysBodyInvalid()
    {
        var client = await factory.SignedInAsync("officer");

        var response = await client.PostAsync("/api/cases", Json("""{"matterId": """));

        var problem = await ProblemAsync(response);
        Assert.Contains("The JSON body is invalid", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownStage_NamesParameter()
    {
        var client = await factory.SignedInAsync("officer");

        var response = await client.GetAsync("/api/cases?stage=Nonsense");

        var detail = (await ProblemAsync(response)).GetProperty("detail").GetString()!;
        Assert.Contains("stage", detail, StringComparison.Ordinal);
        Assert.Contains("\"Nonsense\"", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_IncludesUserId()
    {
        var client = await factory.SignedInAsync("officer");

        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");

        Assert.True(Guid.TryParse(me.GetProperty("id").GetString(), out _));
        Assert.Equal("officer", me.GetProperty("name").GetString());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
