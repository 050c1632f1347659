using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Record;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Lists;

/// <summary>A list entry's changes appear in the full-process record, shown as a timeline with proof status.</summary>
public sealed class RecordTimelineTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private async Task SignCheckpointAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CheckpointSigner>().SignIfDueAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Timeline_AfterEdit_ShowsEditVerifiedInCheckpoint()
    {
        var legal = await factory.SignedInAsync("legal");
        var matter = (await legal.EntriesAsync("review-catalogue")).Single(e => e.Values["code"] == "CZRF-FZ-006");
        await legal.UpdateEntryAsync("review-catalogue", matter.Id, matter.Version, new() { ["description"] = "涉及重大公共利益，需法制审核的" });
        await SignCheckpointAsync();

        var page = await legal.GetStringAsync($"/admin/record/review-catalogue/{matter.Id}");

        Assert.Contains("初始数据", page, StringComparison.Ordinal);
        Assert.Contains("修改清单条目", page, StringComparison.Ordinal);
        Assert.Contains("周样例", page, StringComparison.Ordinal);
        Assert.Equal(2, page.Split("已验证（检查点").Length - 1);
        Assert.DoesNotContain("校验失败", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_EditAfterCheckpoint_AwaitsNextCheckpoint()
    {
        var legal = await factory.SignedInAsync("legal");
        await SignCheckpointAsync();
        var matter = (await legal.EntriesAsync("review-catalogue")).Single(e => e.Values["code"] == "CZRF-FZ-005");

        await legal.UpdateEntryAsync("review-catalogue", matter.Id, matter.Version, new() { ["description"] = "案情疑难复杂的" });

        var page = await legal.GetStringAsync($"/admin/record/review-catalogue/{matter.Id}");
        Assert.Contains("待下一检查点", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_OtherCounty_Returns404()
    {
        var xiangyuan = await factory.SignedInAsync("xiangyuan.legal");
        var officer = (await xiangyuan.EntriesAsync("personnel"))[0];
        var luzhou = await factory.SignedInAsync("luzhou.legal");

        var response = await luzhou.GetAsync($"/admin/record/personnel/{officer.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PortalRecordPage_ShowsVerifierKeyAndCheckpoint()
    {
        var key = (await factory.CreateBrowser().GetStringAsync("/api/ledger/key")).Trim();

        var page = WebUtility.HtmlDecode(await factory.CreateBrowser().GetStringAsync("/portal/record"));

        Assert.Contains(key, page, StringComparison.Ordinal);
        Assert.Contains("zhifa.local/record", page, StringComparison.Ordinal);
    }
}
