using System.Net;
using System.Text.Json;
using Zhifa.Domain.Text;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.FieldCases;

/// <summary>
/// Search terms with '%' and '_', names with a middle dot, and characters beyond
/// U+FFFF, through the API on the configured database.
/// </summary>
public sealed class SearchAndNamesTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private static Dictionary<string, string?> Matter(string code, string name) => new()
    {
        ["organisation"] = "czrf",
        ["code"] = code,
        ["name"] = name,
        ["kind"] = "行政检查",
        ["category"] = "人民防空",
        ["basis_law"] = "测试法",
        ["basis_article"] = "第一条",
        ["basis_text"] = "条文",
        ["enforcement_body"] = "测试机关",
    };

    private static Dictionary<string, string?> Officer(string certificate, string name) => new()
    {
        ["organisation"] = "czrf-gc",
        ["certificate_number"] = certificate,
        ["name"] = name,
        ["categories"] = "人民防空",
        ["area"] = "长治市",
        ["valid_from"] = "2026-01-01",
        ["valid_to"] = "2030-12-31",
        ["status"] = "在岗",
    };

    [Fact]
    public async Task Search_WildcardCharacters_MatchLiterally()
    {
        var legal = await factory.SignedInAsync("legal");
        foreach (var (code, name) in new[] { ("W1", "测试_甲有限公司"), ("W2", "测试乙有限公司"), ("W3", "价格上浮10%案"), ("W4", "价格上浮100元案") })
        {
            Assert.Equal(HttpStatusCode.Created, (await legal.CreateEntryAsync("matters", Matter(code, name))).StatusCode);
        }

        async Task<string[]> SearchAsync(string term) =>
            (await legal.EntriesAsync("matters", term)).Select(e => e.Values["name"]).Order().ToArray();

        Assert.Equal(["测试_甲有限公司"], await SearchAsync("_"));
        Assert.Equal(["价格上浮10%案"], await SearchAsync("%"));
        Assert.Equal(["价格上浮10%案"], await SearchAsync("10%"));
        Assert.Empty(await SearchAsync("\\"));
        Assert.Empty(await SearchAsync("["));
    }

    [Fact]
    public async Task Name_KatakanaDot_IsNormalisedToMiddleDot()
    {
        var legal = await factory.SignedInAsync("legal");

        var response = await legal.CreateEntryAsync("personnel", Officer("FC24-1", "测试・样例"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("测试·样例", created.GetProperty("values").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("·测试")]
    [InlineData("测试··样例")]
    [InlineData("测试·")]
    public async Task Name_MisplacedDot_IsRefusedWithReason(string name)
    {
        var legal = await factory.SignedInAsync("legal");

        var response = await legal.CreateEntryAsync("personnel", Officer("FC24-X", name));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("name.misplaced_dot", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Name_WithMiddleDot_IsFoundByFirstPart()
    {
        var legal = await factory.SignedInAsync("legal");

        var found = await legal.EntriesAsync("personnel", "阿依古丽");

        Assert.Equal("阿依古丽·测试", Assert.Single(found).Values["name"]);
        Assert.Equal("阿***·**", PersonName.Mask(found[0].Values["name"]));
    }

    [Fact]
    public async Task Name_TwentyCharactersWithExtensionB_IsAcceptedAndFound()
    {
        var legal = await factory.SignedInAsync("legal");
        var twenty = "𠀀𠀁𠀂𠀃𠀄" + new string('测', 15);
        Assert.Equal(25, twenty.Length);

        var responses = new[]
        {
            await legal.CreateEntryAsync("personnel", Officer("FC25-1", "𠀀测样")),
            await legal.CreateEntryAsync("personnel", Officer("FC25-2", "测𠮷样")),
            await legal.CreateEntryAsync("personnel", Officer("FC25-3", twenty)),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal("FC25-1", Assert.Single(await legal.EntriesAsync("personnel", "𠀀测样")).Values["certificate_number"]);
        Assert.Equal("FC25-2", Assert.Single(await legal.EntriesAsync("personnel", "测𠮷样")).Values["certificate_number"]);
        Assert.Equal(twenty, Assert.Single(await legal.EntriesAsync("personnel", "FC25-3")).Values["name"]);
    }

    [Fact]
    public async Task Name_TwentyOneCharacters_IsRefused()
    {
        var legal = await factory.SignedInAsync("legal");

        var response = await legal.CreateEntryAsync("personnel", Officer("FC25-4", "𠀀" + new string('测', 20)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("name.too_long", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
