using System.Net;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.RandomInspection;

public sealed class DrawPagesTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    [Fact]
    public async Task AdminPages_CreateCommitDraw_ShowResultInChinese()
    {
        var officer = await factory.SignedInAsync("officer");

        var created = await officer.PostFormAsync("/admin/random-inspections",
        [
            new("Form.MatterCode", "CZRF-SJ-001"),
            new("Form.Name", "页面测试抽查计划"),
            new("Form.TargetKinds", "CivilAirDefenseWorks"),
            new("Form.Region", "潞州区"),
            new("Form.Category", "人民防空"),
            new("Form.TargetCount", "1"),
            new("Form.InspectorsPerTarget", "2"),
            new("Form.PeriodStart", "2026-06-01"),
            new("Form.PeriodEnd", "2026-06-30"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planUrl = created.Headers.Location!.ToString();
        var committed = await officer.PostFormAsync(planUrl + "?handler=Commit", []);
        var drawn = await officer.PostFormAsync(planUrl + "?handler=Draw", [new("witness", "页面见证 42")]);

        Assert.Equal(HttpStatusCode.OK, committed.StatusCode);
        var page = await drawn.Content.ReadAsStringAsync();
        Assert.Contains("已抽取", page, StringComparison.Ordinal);
        Assert.Contains("页面见证 42", page, StringComparison.Ordinal);
        Assert.Contains("人防工程", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPage_BadFields_ShowsMessagePerField()
    {
        var officer = await factory.SignedInAsync("officer");

        var response = await officer.PostFormAsync("/admin/random-inspections",
        [
            new("Form.MatterCode", "CZRF-SJ-001"),
            new("Form.Name", "错误测试"),
            new("Form.Region", "潞州区"),
            new("Form.Ratio", "2"),
            new("Form.PeriodStart", "2026-06-01"),
            new("Form.PeriodEnd", "2026-05-01"),
        ]);

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("抽查比例须大于0且不大于1", page, StringComparison.Ordinal);
        Assert.Contains("检查期间止早于期间起", page, StringComparison.Ordinal);
        Assert.Contains("此项必填", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPage_TooFewInspectors_ShowsCountsAndSourceInChinese()
    {
        var officer = await factory.SignedInAsync("officer");
        var plan = await officer.NewPlanAsync(perTarget: "6");

        var response = await officer.PostFormAsync($"/admin/random-inspections/{plan}?handler=Commit", []);

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("每个对象需要6名", page, StringComparison.Ordinal);
        Assert.Contains("仅4名", page, StringComparison.Ordinal);
        Assert.Contains("第四十二条", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortalPage_DrawnPlan_ShowsCommitmentAlgorithmAndResult()
    {
        var officer = await factory.SignedInAsync("officer");
        var plan = await officer.DrawnPlanAsync(count: "1");
        var anonymous = factory.CreateBrowser();

        var list = await anonymous.GetStringAsync("/portal/random-inspections");
        var page = await anonymous.GetStringAsync($"/portal/random-inspections/{plan}");

        Assert.Contains(plan.ToString(), list, StringComparison.Ordinal);
        var root = await officer.GetJsonAsync($"/api/random-inspections/plans/{plan}");
        Assert.Contains(root.GetProperty("commitment").GetString()!, page, StringComparison.Ordinal);
        Assert.Contains(root.GetProperty("seed").GetString()!, page, StringComparison.Ordinal);
        Assert.Contains("Fisher–Yates", page, StringComparison.Ordinal);
        Assert.Contains("draw verify", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortalPage_DraftPlan_Returns404()
    {
        var officer = await factory.SignedInAsync("officer");
        var plan = await officer.NewPlanAsync();

        var response = await factory.CreateBrowser().GetAsync($"/portal/random-inspections/{plan}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
