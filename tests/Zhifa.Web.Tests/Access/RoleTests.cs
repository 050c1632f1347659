using System.Net;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Access;

public sealed class RoleTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private static Dictionary<string, string?> NewRecordingMatter(string code) => new()
    {
        ["organisation"] = "czrf",
        ["code"] = code,
        ["matter_code"] = "*",
        ["stage"] = "送达",
        ["recording_method"] = "照相",
        ["whole_process"] = "否",
    };

    [Fact]
    public async Task CreateEntry_Officer_IsForbidden()
    {
        var officer = await factory.SignedInAsync("officer");

        var response = await officer.CreateEntryAsync("recording-matters", NewRecordingMatter("ROLE-1"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("list.not_maintainer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateEntry_LegalAdministrator_IsCreated()
    {
        var legal = await factory.SignedInAsync("legal");

        var response = await legal.CreateEntryAsync("recording-matters", NewRecordingMatter("ROLE-2"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task EditPage_Officer_IsForbidden()
    {
        var officer = await factory.SignedInAsync("officer");

        var response = await officer.GetAsync("/admin/lists/personnel/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPage_Officer_ShowsNoEditLinks()
    {
        var officer = await factory.SignedInAsync("officer");

        var page = await officer.GetStringAsync("/admin/lists/personnel");

        Assert.Contains("14040001", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/lists/personnel/edit", page, StringComparison.Ordinal);
    }
}
