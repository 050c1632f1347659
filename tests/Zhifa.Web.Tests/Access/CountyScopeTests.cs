using System.Net;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Access;

/// <summary>A county office's user never sees another county's records, as a page or as an API call.</summary>
public sealed class CountyScopeTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    // Demo personnel: Luzhou has 14040101-14040102, Xiangyuan 14040201-14040202.
    private async Task<Guid> XiangyuanOfficerIdAsync()
    {
        var xiangyuan = await factory.SignedInAsync("xiangyuan.legal");
        var entries = await xiangyuan.EntriesAsync("personnel");
        return entries.Single(e => e.Values["certificate_number"] == "14040201").Id;
    }

    [Fact]
    public async Task PersonnelApi_CountyUser_SeesOnlyOwnCounty()
    {
        var luzhou = await factory.SignedInAsync("luzhou.legal");

        var entries = await luzhou.EntriesAsync("personnel");

        Assert.Equal(["14040101", "14040102"], entries.Select(e => e.Values["certificate_number"]).Order());
    }

    [Fact]
    public async Task EntryApi_OtherCounty_Returns404()
    {
        var otherCountyOfficer = await XiangyuanOfficerIdAsync();
        var luzhou = await factory.SignedInAsync("luzhou.legal");

        var response = await luzhou.GetAsync($"/api/lists/personnel/{otherCountyOfficer}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EditApi_OtherCounty_Returns404AndChangesNothing()
    {
        var otherCountyOfficer = await XiangyuanOfficerIdAsync();
        var luzhou = await factory.SignedInAsync("luzhou.legal");

        var response = await luzhou.UpdateEntryAsync("personnel", otherCountyOfficer, 1, new() { ["post"] = "改写" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var xiangyuan = await factory.SignedInAsync("xiangyuan.legal");
        var entry = (await xiangyuan.EntriesAsync("personnel")).Single(e => e.Id == otherCountyOfficer);
        Assert.Equal("执法员", entry.Values["post"]);
    }

    [Theory]
    [InlineData("/admin/lists/personnel/edit/{0}")]
    [InlineData("/admin/lists/personnel/history/{0}")]
    public async Task Pages_OtherCounty_Return404(string urlFormat)
    {
        var otherCountyOfficer = await XiangyuanOfficerIdAsync();
        var luzhou = await factory.SignedInAsync("luzhou.legal");

        var response = await luzhou.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, urlFormat, otherCountyOfficer));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ListPage_CountyUser_ShowsNoOtherCounty()
    {
        var luzhou = await factory.SignedInAsync("luzhou.legal");

        var page = await luzhou.GetStringAsync("/admin/lists/personnel");

        Assert.Contains("14040101", page, StringComparison.Ordinal);
        Assert.DoesNotContain("14040201", page, StringComparison.Ordinal);
        Assert.DoesNotContain("14040001", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonnelApi_CitySupervisor_SeesEveryCounty()
    {
        var supervisor = await factory.SignedInAsync("supervisor");

        var entries = await supervisor.EntriesAsync("personnel");

        Assert.Equal(13, entries.Count);
    }

    [Fact]
    public async Task PersonnelApi_CountySupervisor_SeesOnlyOwnCounty()
    {
        var supervisor = await factory.SignedInAsync("luzhou.supervisor");

        var entries = await supervisor.EntriesAsync("personnel");

        Assert.Equal(2, entries.Count);
    }

    [Fact]
    public async Task PersonnelApi_CityOfficer_SeesCityNotCounties()
    {
        var officer = await factory.SignedInAsync("officer");

        var entries = await officer.EntriesAsync("personnel");

        Assert.Equal(7, entries.Count);
        Assert.All(entries, e => Assert.StartsWith("czrf", e.Values["organisation"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_KeyOfOtherCounty_IsRefused()
    {
        var luzhou = await factory.SignedInAsync("luzhou.legal");
        var csv = "所属机构代码,执法证号,姓名,执法类别,执法区域,证件有效期起,证件有效期止,状态\n"
            + "lzq,14040201,冒名测试,人民防空,潞州区,2024-01-01,2028-12-31,在岗\n";

        var response = await luzhou.PostAsync("/api/lists/personnel/import", Csv.Content(csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("list.key_of_other_office", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
