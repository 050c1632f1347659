using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Domain.Cases;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Publicity;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Publicity;

/// <summary>
/// The staff publicity pages: /publicity (what awaits publication, by deadline), /publicity/cases/{id} (the
/// masked preview, approval with the preview's digest, withdrawal) and /admin/deliveries (the push log). The
/// suite's today is Monday 1 June 2026.
/// </summary>
public sealed partial class PublicityPageTests(PublicityFactory factory) : IClassFixture<PublicityFactory>
{
    [Theory]
    [InlineData("/publicity")]
    [InlineData("/publicity/cases/0197a1c2-0000-7000-8000-000000000001")]
    [InlineData("/admin/deliveries")]
    public async Task Anonymous_user_is_sent_to_sign_in(string url)
    {
        var response = await factory.CreateBrowser().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Deadlines_are_coloured_by_working_days_left()
    {
        // 7 working days after each decision: 20 May is due 29 May (past), 25 May is due 3 June (two working
        // days left, yellow), 29 May is due 9 June (normal).
        var overdue = await SeedAsync("擅自改变人防工程用途案", new DateOnly(2026, 5, 20));
        var soon = await SeedAsync("拆除人防工程设备案", new DateOnly(2026, 5, 25));
        var normal = await SeedAsync("占用人防工程通道案", new DateOnly(2026, 5, 29));
        var head = await factory.SignedInAsync("head");

        var page = await head.GetStringAsync("/publicity");

        Assert.Matches(Row(overdue, "Overdue", "2026-05-29"), page);
        Assert.Matches(Row(soon, "DueSoon", "2026-06-03"), page);
        Assert.Matches(Row(normal, "Normal", "2026-06-09"), page);
        Assert.Contains("行政处罚决定自作出之日起7个工作日内公示（依据：《国务院办公厅关于全面推行行政执法公示制度", page, StringComparison.Ordinal);
        Assert.Contains("其他执法结果（含检查结果）自作出之日起20个工作日内公示（依据：国办发〔2018〕118号第（六）项；《企业公示信息抽查暂行办法》第十一条", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/publicity\">公示管理</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("公示的审核发布和撤回由部门负责人或者机关负责人办理", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspection_result_and_minor_party_on_the_board()
    {
        // An inspection result has 20 working days: recorded Monday 11 May 2026, it is due Monday 8 June.
        var inspection = await SeedAsync("人防工程维护管理检查", new DateOnly(2026, 5, 11));
        await ChangeAsync(inspection, c =>
        {
            c.Procedure = ProcedureKind.Inspection;
            c.Stage = CaseStage.ResultRecorded;
            c.Inspection.InspectedOn = new DateOnly(2026, 5, 11);
            c.Inspection.Findings = "防护密闭门未按规定维护。";
            c.Inspection.Compliant = false;
            c.Inspection.RectificationDeadline = new DateOnly(2026, 6, 30);
        });
        var minor = await SeedAsync("擅自拆除人防工程防护设备案", new DateOnly(2026, 5, 29));
        await ChangeAsync(minor, c => c.Party.IsMinor = true);
        var head = await factory.SignedInAsync("head");

        var board = await head.GetStringAsync("/publicity");

        Assert.Matches(Row(inspection, "Normal", "2026-06-08"), board);
        Assert.Contains("20个工作日内", board, StringComparison.Ordinal);
        Assert.Contains($"<tr data-case=\"{minor}\" data-state=\"Withheld\"", board, StringComparison.Ordinal);
        Assert.Contains(
            "当事人为未成年人，本案任何信息均不得公开（依据：《政府信息公开条例》第十四条、第十五条；《未成年人保护法》第四条）",
            board,
            StringComparison.Ordinal);

        var preview = await head.GetStringAsync($"/publicity/cases/{inspection}");
        Assert.Contains("<dd data-field=\"result\">发现问题，责令于2026年6月30日前整改</dd>", preview, StringComparison.Ordinal);
        var withheld = await head.GetStringAsync($"/publicity/cases/{minor}");
        Assert.DoesNotContain("data-action=\"publish\"", withheld, StringComparison.Ordinal);
        Assert.DoesNotContain("publication-draft", withheld, StringComparison.Ordinal);
        Assert.Contains("<li>当事人为未成年人，本案任何信息均不得公开（依据：", withheld, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_and_withdraw_through_the_pages()
    {
        // The masked decision reaches the portal on approval and leaves it, with its reason, on withdrawal.
        var id = await SeedAsync("王测试擅自拆除人防工程防护设备案", new DateOnly(2026, 5, 29));
        var head = await factory.SignedInAsync("head");
        var anonymous = factory.CreateClient();

        var casePage = await head.GetStringAsync($"/cases/{id}");
        Assert.Contains($"<a href=\"/publicity/cases/{id}\" data-action-link=\"publicity\">公示</a>", casePage, StringComparison.Ordinal);

        var preview = await head.GetStringAsync($"/publicity/cases/{id}");
        var draft = Draft().Match(preview).Value;
        Assert.Contains("<dd data-field=\"party\">王某某</dd>", draft, StringComparison.Ordinal);
        Assert.Contains("<dd data-field=\"body\">长治市人民防空办公室</dd>", draft, StringComparison.Ordinal);
        Assert.Contains("经查，王某某（公民身份号码****，联系电话****，住所测试市测试区****）擅自拆除人防工程防护设备。", draft, StringComparison.Ordinal);
        Fc26.AssertNoOriginals(draft);
        Assert.Contains("<li data-masked=\"facts\">主要违法事实：自然人姓名按“张某某”方式处理；隐去3处个人信息</li>", preview, StringComparison.Ordinal);
        Assert.Contains("<li data-masked=\"party\">当事人：自然人姓名按“张某某”方式处理</li>", preview, StringComparison.Ordinal);
        Assert.Contains("data-deadline=\"publish\" data-state=\"Normal\"", preview, StringComparison.Ordinal);
        Assert.Contains("2026-06-09", preview, StringComparison.Ordinal);

        var published = await head.PostFormAsync($"/publicity/cases/{id}?handler=Publish", [new("Form.Digest", Digest(preview))]);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal($"/publicity/cases/{id}?done=published", published.Headers.Location!.OriginalString);
        var number = await DecisionNumberAsync(id);
        var portalList = await anonymous.GetStringAsync("/portal/decisions?q=" + Uri.EscapeDataString("防护设备"));
        Assert.Contains($"<a href=\"/portal/decisions/{id}\">{number} 王某某擅自拆除人防工程防护设备案</a>", portalList, StringComparison.Ordinal);
        var board = await head.GetStringAsync("/publicity");
        Assert.Contains($"<td><a href=\"/portal/decisions/{id}\">{number}</a></td>", Section(board, "published"), StringComparison.Ordinal);
        Assert.DoesNotContain(id.ToString(), Section(board, "awaiting"), StringComparison.Ordinal);

        var noReason = await head.PostFormAsync($"/publicity/cases/{id}?handler=Withdraw", [new("Form.Reason", ""), new("Form.Note", "经行政复议撤销")]);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("<li>撤回理由：请选择撤回理由</li>", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(id.ToString(), await anonymous.GetStringAsync("/portal/decisions"), StringComparison.Ordinal);

        var withdrawn = await head.PostFormAsync(
            $"/publicity/cases/{id}?handler=Withdraw",
            [new("Form.Reason", "Revoked"), new("Form.Note", "经行政复议撤销"), new("Form.EventOn", "2026-06-01")]);

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.DoesNotContain(id.ToString(), await anonymous.GetStringAsync("/portal/decisions?q=" + Uri.EscapeDataString("防护设备")), StringComparison.Ordinal);
        var portal = await anonymous.GetStringAsync($"/portal/decisions/{id}");
        Assert.Contains("<dd>该决定已被撤销：经行政复议撤销</dd>", portal, StringComparison.Ordinal);
        Assert.DoesNotContain("防护设备。", portal, StringComparison.Ordinal);
        board = await head.GetStringAsync("/publicity");
        Assert.Contains("<td>该决定已被撤销：经行政复议撤销</td>", Section(board, "withdrawn"), StringComparison.Ordinal);
        Assert.DoesNotContain(id.ToString(), Section(board, "published"), StringComparison.Ordinal);

        var again = await head.PostFormAsync($"/publicity/cases/{id}?handler=Withdraw", [new("Form.Reason", "Revoked")]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var againPage = await again.Content.ReadAsStringAsync();
        Assert.Contains("<li>该公示信息已经撤回</li>", againPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-action=\"withdraw\"", againPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case_changed_after_the_preview_is_not_published()
    {
        var id = await SeedAsync("擅自拆除人防工程防护设备案", new DateOnly(2026, 5, 29));
        var head = await factory.SignedInAsync("head");
        var preview = await head.GetStringAsync($"/publicity/cases/{id}");
        await ChangeAsync(id, c => c.Proposal.FineAmount = 8000m);

        var stale = await head.PostFormAsync($"/publicity/cases/{id}?handler=Publish", [new("Form.Digest", Digest(preview))]);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var page = await stale.Content.ReadAsStringAsync();
        Assert.Contains("<li>案件在预览后已发生变化（或未提交预览摘要），请重新预览后再审核发布</li>", page, StringComparison.Ordinal);
        Assert.Contains("罚款人民币8000元", Draft().Match(page).Value, StringComparison.Ordinal);
        Assert.Null(await PublicationAsync(id));

        var wrong = await head.PostFormAsync($"/publicity/cases/{id}?handler=Publish", [new("Form.Digest", "not-a-digest")]);
        Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);

        var fresh = await head.PostFormAsync($"/publicity/cases/{id}?handler=Publish", [new("Form.Digest", Digest(page))]);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        Assert.Equal("罚款人民币8000元", (await PublicationAsync(id))!.Result);
    }

    [Fact]
    public async Task Officer_reads_the_page_but_cannot_publish()
    {
        var id = await SeedAsync("擅自拆除人防工程防护设备案", new DateOnly(2026, 5, 29));
        var head = await factory.SignedInAsync("head");
        var digest = Digest(await head.GetStringAsync($"/publicity/cases/{id}"));
        var officer = await factory.SignedInAsync("officer");

        var board = await officer.GetStringAsync("/publicity");
        Assert.Contains($"data-case=\"{id}\"", Section(board, "awaiting"), StringComparison.Ordinal);
        Assert.Contains("公示的审核发布和撤回由部门负责人或者机关负责人办理", board, StringComparison.Ordinal);
        var preview = await officer.GetStringAsync($"/publicity/cases/{id}");
        Assert.DoesNotContain("data-action=\"publish\"", preview, StringComparison.Ordinal);
        Assert.Contains("<dd data-field=\"party\">王某某</dd>", preview, StringComparison.Ordinal);

        var refused = await officer.PostFormAsync($"/publicity/cases/{id}?handler=Publish", [new("Form.Digest", digest)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(
            "<li>公示的审核发布和撤回由作出决定单位的部门负责人或者机关负责人办理（依据：国办发〔2018〕118号第二部分（谁执法谁公示））</li>",
            await refused.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Null(await PublicationAsync(id));

        var reviewer = await factory.SignedInAsync("reviewer");
        AssertDenied(await reviewer.GetAsync("/publicity"));
        AssertDenied(await reviewer.GetAsync($"/publicity/cases/{id}"));
        Assert.DoesNotContain("href=\"/publicity\"", await reviewer.GetStringAsync("/legal-reviews"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task County_offices_do_not_see_each_others_publicity()
    {
        var city = await SeedAsync("城区擅自拆除人防工程防护设备案", new DateOnly(2026, 5, 29));
        var county = await SeedAsync("潞州区擅自拆除人防工程防护设备案", new DateOnly(2026, 5, 29), "luzhou.officer");
        var luzhou = await factory.SignedInAsync("luzhou.officer");
        var head = await factory.SignedInAsync("head");

        var countyBoard = await luzhou.GetStringAsync("/publicity");
        Assert.Contains($"data-case=\"{county}\"", countyBoard, StringComparison.Ordinal);
        Assert.DoesNotContain(city.ToString(), countyBoard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await luzhou.GetAsync($"/publicity/cases/{city}")).StatusCode);

        var cityBoard = await head.GetStringAsync("/publicity");
        Assert.DoesNotContain(county.ToString(), cityBoard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/publicity/cases/{county}")).StatusCode);
        var publish = await head.PostFormAsync($"/publicity/cases/{city}?handler=Publish", [new("Form.Digest", "x")]);
        Assert.Equal(HttpStatusCode.Conflict, publish.StatusCode);
        var token = await HttpSession.AntiforgeryTokenAsync(head, $"/publicity/cases/{city}");
        var foreign = await head.PostAsync(
            $"/publicity/cases/{county}?handler=Publish",
            new FormUrlEncodedContent([new("Form.Digest", "x"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Null(await PublicationAsync(county));
    }

    [Fact]
    public async Task Admin_redelivers_dead_letter_without_secrets()
    {
        var id = await SeedAsync("擅自拆除人防工程防护设备案", new DateOnly(2026, 5, 29));
        var head = await factory.SignedInAsync("head");
        var published = await head.PostFormAsync($"/publicity/cases/{id}?handler=Publish", [new("Form.Digest", Digest(await head.GetStringAsync($"/publicity/cases/{id}")))]);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var delivery = await KillDeliveryAsync(id, $"POST {factory.Receiver.Url} answered 500; key {PublicityFactory.Secret}");
        var admin = await factory.SignedInAsync("admin");

        var dead = await admin.GetStringAsync("/admin/deliveries?state=Dead");

        Assert.Contains($"<tr data-delivery=\"{delivery}\" data-state=\"Dead\"", dead, StringComparison.Ordinal);
        Assert.Contains("<td>POST [credit-platform] answered 500; key [credit-platform]</td>", dead, StringComparison.Ordinal);
        Assert.DoesNotContain(PublicityFactory.Secret, dead, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Receiver.Url, dead, StringComparison.Ordinal);
        Assert.Contains("<tr data-target=\"credit-platform\">", dead, StringComparison.Ordinal);
        Assert.Contains("公示发布", dead, StringComparison.Ordinal);

        var redelivered = await admin.PostFormAsync($"/admin/deliveries?handler=Redeliver&id={delivery}", []);
        Assert.Equal(HttpStatusCode.Redirect, redelivered.StatusCode);
        Assert.Equal(DeliveryState.Pending, await DeliveryStateAsync(delivery));
        var twice = await admin.PostFormAsync($"/admin/deliveries?handler=Redeliver&id={delivery}", []);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("只有推送失败（死信）的记录才能手动重新推送", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        AssertDenied(await head.GetAsync("/admin/deliveries"));
        var token = await HttpSession.AntiforgeryTokenAsync(head, "/publicity");
        var headRedeliver = await head.PostAsync(
            $"/admin/deliveries?handler=Redeliver&id={delivery}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        AssertDenied(headRedeliver);
    }

    // The row's due cell is the first cell that starts with a date after the decided-on cell.
    private static string Row(Guid id, string state, string due) =>
        $"<tr data-case=\"{id}\" data-state=\"{state}\" class=\"deadline-{state.ToLowerInvariant()}\">[\\s\\S]*?<td>\\s+{due}";

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private static string Digest(string page)
    {
        var match = DigestField().Match(page);
        Assert.True(match.Success, "The page has no publish form.");
        return match.Groups[1].Value;
    }

    internal static string Section(string page, string id)
    {
        var start = page.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section {id}.");
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    /// <summary>Stores a decided case (FC-26's party) of the office of <paramref name="owner"/>, decided on <paramref name="decidedOn"/>.</summary>
    private async Task<Guid> SeedAsync(string title, DateOnly decidedOn, string owner = "head")
    {
        var id = await factory.SeedDecidedCaseAsync(title);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.UserName == owner);
        var c = await db.Cases.FirstAsync(x => x.Id == id);
        c.OrganisationId = user.OrganisationId;
        c.Decision.DecidedOn = decidedOn;
        c.LastEffectiveOn = decidedOn;
        await db.SaveChangesAsync();
        return id;
    }

    private async Task ChangeAsync(Guid id, Action<EnforcementCase> change)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        change(await db.Cases.FirstAsync(c => c.Id == id));
        await db.SaveChangesAsync();
    }

    private async Task<string> DecisionNumberAsync(Guid id)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        return (await db.Cases.AsNoTracking().FirstAsync(c => c.Id == id)).Decision.Number!;
    }

    private async Task<PublicationRow?> PublicationAsync(Guid id)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        return await db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == id);
    }

    private async Task<Guid> KillDeliveryAsync(Guid caseId, string error)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        var delivery = await db.WebhookDeliveries.FirstAsync(d => d.CaseId == caseId);
        delivery.State = DeliveryState.Dead;
        delivery.Attempts = 5;
        delivery.LastStatus = 500;
        delivery.LastError = error;
        await db.SaveChangesAsync();
        return delivery.Id;
    }

    private async Task<DeliveryState> DeliveryStateAsync(Guid id)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        return (await db.WebhookDeliveries.AsNoTracking().FirstAsync(d => d.Id == id)).State;
    }

    [GeneratedRegex("<dl class=\"facts publication-draft\">[\\s\\S]*?</dl>")]
    private static partial Regex Draft();

    [GeneratedRegex("name=\"Form.Digest\" value=\"([0-9a-f]{64})\"")]
    private static partial Regex DigestField();
}
