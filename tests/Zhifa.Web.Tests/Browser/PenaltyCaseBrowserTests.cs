using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zhifa.Infrastructure.Demo;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Browser;

/// <summary>
/// A general-procedure penalty case of the demo agency walked through the web pages in headless Chromium,
/// from case source to archive, against the real host on the database of the run. The host runs on the real
/// clock, so the case is registered 75 days ago and every step is dated in the past, in order, with gaps
/// that keep each legal period even across the National Day holiday.
/// </summary>
public sealed partial class PenaltyCaseBrowserTests
{
    private const int DaysAgo = 75;
    private const string Zhang = "张测试 14040001";
    private const string Li = "李样例 14040002";
    private const string Wang = "王测试 14040003";
    private const string Party = "测试（长治）样例有限公司";
    private const string Address = "长治市测试区样例路1号";
    private const string Telephone = "13800000000";

    private readonly string _screenshots = ScreenshotFolder();
    private ZhifaProcess _host = null!;
    private HeadlessChromium _browser = null!;
    private string _caseUrl = "";

    [Fact]
    public async Task Case_runs_to_archive_in_browser()
    {
        await using var store = new TestStore();
        // The walk covers the pages of the procedure, so the recording rule is off here. The rule has its own
        // tests in Evidence/, and a video upload per hearing and delivery would test the upload page instead.
        using var host = ZhifaProcess.StartHost(store, ("Cases__RequireRecordings", "false"));
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        await using var browser = await HeadlessChromium.LaunchAsync();
        _host = host;
        _browser = browser;

        // The hearing is 21 days after its notice, which leaves at least 7 working days even across the
        // National Day holiday. Every step ends before today, which is the last day a step may be dated.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var registered = today.AddDays(-DaysAgo);
        var noticeServed = registered.AddDays(3);
        var hearingScheduled = registered.AddDays(4);
        var hearingDay = registered.AddDays(25);
        var decided = registered.AddDays(27);

        var officer = await SignInAsync("officer");
        var officer2 = await SignInAsync("officer2");
        var head = await SignInAsync("head");
        var reviewer = await SignInAsync("reviewer");

        await RegisterAsync(officer, registered);
        await StepAsync(head, "approve-filing", registered, f => Select(f, "OfficerIds", Zhang, Li));
        await StepAsync(officer, "declare-recusal", registered.AddDays(1), f => SelectValue(f, "Conflict", "false"));
        await StepAsync(officer2, "declare-recusal", registered.AddDays(1), f => SelectValue(f, "Conflict", "false"));
        await StepAsync(officer, "start-investigation", registered.AddDays(1));

        await StepAsync(officer, "propose-decision", registered.AddDays(2), ProposeAsync);
        await StepAsync(officer, "submit-legal-review", registered.AddDays(2));
        await ReviewInQueueAsync(reviewer, registered.AddDays(2), noticeServed, "事实清楚，证据确凿。");
        await StepAsync(officer, "serve-prior-notice", noticeServed);
        await officer.GotoAsync(_caseUrl);
        Assert.Equal(1, await officer.Locator("[data-deadline='statement']").CountAsync());
        Assert.Equal(1, await officer.Locator("[data-deadline='hearing_request']").CountAsync());
        Assert.Contains("警告、罚款", await officer.Locator("dl.facts").InnerTextAsync());
        var requestLate = officer.Locator("form[data-action='request-hearing'] .notice.warn");
        Assert.Contains("第六十四条", await requestLate.TextContentAsync());
        await ScreenshotAsync(officer, "case-notice");

        await StepAsync(officer, "request-hearing", hearingScheduled);
        var tooSoonDay = hearingScheduled.AddDays(2);
        var tooSoon = await TryStepAsync(
            officer,
            "schedule-hearing",
            hearingScheduled,
            f => ScheduleAsync(f, tooSoonDay));
        Assert.Contains("第六十四条", tooSoon);
        Assert.Contains(Day(tooSoonDay), tooSoon);
        await ScreenshotAsync(officer, "case-refusal");
        await StepAsync(officer, "schedule-hearing", hearingScheduled, f => ScheduleAsync(f, hearingDay));
        await StepAsync(officer, "hold-hearing", hearingDay, f => Fill(f, "TranscriptSummary", "当事人对事实无异议，请求从轻处罚。"));

        await head.GotoAsync(_caseUrl);
        Assert.Equal(0, await head.Locator("form[data-action='decide']").CountAsync());
        Assert.Contains("第五十八条", await head.Locator("li[data-blocked='decide']").InnerTextAsync());
        await StepAsync(officer, "submit-legal-review", hearingDay);
        await ReviewInQueueAsync(reviewer, hearingDay, hearingDay.AddDays(1), "听证后复核，同意。");
        await StepAsync(head, "decide", decided);
        var number = await PublishAsync(head);
        await ReadOnPortalAsync(number);
        await StepAsync(officer, "deliver", decided.AddDays(2), f => SelectValue(f, "DeliveryMethod", "Direct"));
        await StepAsync(officer, "record-execution", decided.AddDays(8), f => Fill(f, "PaidAmount", "50000"));
        await StepAsync(head, "close", decided.AddDays(13), f => Fill(f, "Reason", "罚款已按期缴清。"));
        await StepAsync(head, "archive", decided.AddDays(18));

        await officer.GotoAsync(_caseUrl);
        await ScreenshotAsync(officer, "case-archived");
        Assert.Equal("已归档", await officer.Locator("h1 .badge").InnerTextAsync());
        Assert.Matches(DecisionNumber(), number);
        Assert.StartsWith($"长人防罚〔{decided.Year.ToString(CultureInfo.InvariantCulture)}〕", number, StringComparison.Ordinal);
        Assert.Contains(number, await officer.Locator("dl.facts").InnerTextAsync());
        Assert.Equal(20, await officer.Locator("table tbody tr").CountAsync());
        Assert.Equal(2, await officer.Locator("#legal-reviews li").CountAsync());
        Assert.Equal(0, await officer.Locator("details.step").CountAsync());

        await officer.GotoAsync("/cases");
        Assert.Contains("已归档", await officer.Locator("table tbody tr").First.InnerTextAsync());
        await ScreenshotAsync(officer, "case-list");
        Assert.Empty(_browser.BlockedRequests);
    }

    private async Task<IPage> SignInAsync(string userName)
    {
        var page = await _browser.NewPageAsync(_host.BaseAddress!);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", DemoUsers.Password);
        await page.ClickAsync("button[type=submit]");
        await page.ArriveAtAsync(new Regex("^(?!.*/account/login)"));
        return page;
    }

    private async Task RegisterAsync(IPage page, DateOnly registered)
    {
        await page.GotoAsync("/cases/new");
        var matter = await page.Locator("select[name='Form.MatterId'] option", new() { HasTextString = "CZRF-CF-001" })
            .GetAttributeAsync("value");
        await page.SelectOptionAsync("select[name='Form.Procedure']", "GeneralPenalty");
        await page.SelectOptionAsync("select[name='Form.MatterId']", matter!);
        await page.FillAsync("[name='Form.Title']", "擅自拆除人民防空警报设施案");
        await page.SelectOptionAsync("select[name='Form.Source']", "Complaint");
        await page.FillAsync("[name='Form.SourceDetail']", "群众电话举报楼顶警报器被拆除。");
        await page.FillAsync("[name='Form.RegisteredOn']", Day(registered));
        await page.FillAsync("[name='Form.ActDate']", Day(registered.AddDays(-10)));
        await page.SelectOptionAsync("select[name='Form.PartyKind']", "Unit");
        await page.FillAsync("[name='Form.PartyName']", Party);
        await page.FillAsync("[name='Form.PartyIdNumber']", "91140400MA0TEST01X");
        await page.FillAsync("[name='Form.PartyAddress']", Address);
        await page.FillAsync("[name='Form.PartyTelephone']", Telephone);
        await page.SelectOptionAsync(
            "select[name='Form.OfficerIds']",
            new[] { new SelectOptionValue { Label = Zhang }, new SelectOptionValue { Label = Li } });
        await page.ClickAsync("form.form button[type=submit]");
        await page.ArriveAtAsync(new Regex("done=registered"));
        _caseUrl = new Uri(page.Url).AbsolutePath;
        Assert.Contains("CZRF-CF-001", await page.Locator("h1 + p").InnerTextAsync());
    }

    private async Task StepAsync(IPage page, string action, DateOnly day, Func<ILocator, Task>? fill = null)
    {
        var refusal = await TryStepAsync(page, action, day, fill);
        Assert.True(refusal.Length == 0, $"{action} on {Day(day)} was refused: {refusal}");
        Assert.Contains("已完成", await page.Locator(".notice.ok").InnerTextAsync(), StringComparison.Ordinal);
    }

    // Opens the step's form on the case page, fills it and submits it. Returns "" when the page confirms the
    // step, or else the refusal the page shows.
    private async Task<string> TryStepAsync(IPage page, string action, DateOnly day, Func<ILocator, Task>? fill = null)
    {
        await page.GotoAsync(_caseUrl);
        var step = page.Locator($"details.step:has(form[data-action='{action}'])");
        if (await step.CountAsync() == 0)
        {
            var blocked = page.Locator($"li[data-blocked='{action}']");
            var reason = await blocked.CountAsync() > 0 ? await blocked.InnerTextAsync() : "not offered";
            Assert.Fail($"The case page at {Day(day)} has no form for {action}: {reason}");
        }

        await step.Locator("summary").ClickAsync();
        var form = step.Locator("form");
        await form.Locator("[name='Form.EffectiveOn']").FillAsync(Day(day));
        if (fill is not null)
        {
            await fill(form);
        }

        await form.Locator("button[type=submit]").ClickAsync();
        await page.ArriveAtAsync(new Regex("done=|action="));
        if (page.Url.Contains($"done={action}", StringComparison.Ordinal))
        {
            return "";
        }

        var error = page.Locator(".notice.error");
        if (await error.CountAsync() > 0)
        {
            return await error.InnerTextAsync();
        }

        var body = await page.Locator("body").InnerTextAsync();
        return $"no notice at {page.Url}: {body[..Math.Min(body.Length, 2000)]}";
    }

    /// <summary>
    /// The head opens the publicity board, finds the decided case awaiting publication, previews the draft,
    /// checks that the party's address and telephone in the facts are masked, and publishes it. Returns the
    /// decision's document number as the draft shows it.
    /// </summary>
    private async Task<string> PublishAsync(IPage head)
    {
        var caseId = _caseUrl.Split('/')[^1];
        await head.GotoAsync(_caseUrl);
        Assert.Equal(1, await head.Locator("a[data-action-link='publicity']").CountAsync());
        await head.GotoAsync("/publicity");
        var row = head.Locator($"#awaiting tr[data-case='{caseId}']");
        Assert.Contains("擅自拆除人民防空警报设施案", await row.InnerTextAsync());
        await row.Locator("a").ClickAsync();
        await head.ArriveAtAsync(new Regex($"/publicity/cases/{caseId}"));

        var draft = head.Locator("dl.publication-draft");
        Assert.Equal(Party, await draft.Locator("[data-field='party']").InnerTextAsync());
        var facts = await draft.Locator("[data-field='facts']").InnerTextAsync();
        Assert.Contains("擅自拆除设置在其楼顶的人民防空警报设施", facts);
        Assert.DoesNotContain("样例路1号", facts);
        Assert.DoesNotContain(Telephone, await draft.InnerTextAsync());
        Assert.Contains("联系电话****", facts);
        Assert.Contains("隐去2处个人信息", await head.Locator("[data-masked='facts']").InnerTextAsync());
        Assert.Contains("警告；罚款人民币50000元；责令限期恢复警报设施。", await draft.Locator("[data-field='result']").InnerTextAsync());
        var number = (await draft.Locator("[data-field='documentNumber']").InnerTextAsync()).Trim();
        await ScreenshotAsync(head, "publicity-preview");

        await head.Locator("form[data-action='publish'] button[type=submit]").ClickAsync();
        await head.ArriveAtAsync(new Regex("done=published"));
        Assert.Equal("已公示", await head.Locator("h1 .badge").InnerTextAsync());
        return number;
    }

    /// <summary>A visitor who is not signed in searches the portal for a word of the decision and opens it.</summary>
    private async Task ReadOnPortalAsync(string number)
    {
        var visitor = await _browser.NewPageAsync(_host.BaseAddress!);
        await visitor.GotoAsync("/portal/decisions");
        await visitor.FillAsync("#q", "警报设施");
        await visitor.ClickAsync("form[role=search] button[type=submit]");
        await visitor.ArriveAtAsync(new Regex("q="));
        await visitor.Locator("ul.publications a", new() { HasTextString = number }).ClickAsync();
        await visitor.ArriveAtAsync(new Regex("/portal/decisions/"));

        Assert.Equal(number, (await visitor.Locator("h1").InnerTextAsync()).Trim());
        var facts = await visitor.Locator("dl.facts").InnerTextAsync();
        Assert.Contains(Party, facts);
        Assert.Contains("联系电话****", facts);
        Assert.DoesNotContain("样例路1号", facts);
        Assert.DoesNotContain(Telephone, await visitor.ContentAsync());
        await ScreenshotAsync(visitor, "portal-decision");
    }

    private static async Task ProposeAsync(ILocator form)
    {
        await form.Locator("select[name='Form.Outcome']").SelectOptionAsync("Penalty");
        await form.Locator("input[name='Form.Penalties'][value='Warning']").CheckAsync();
        await form.Locator("input[name='Form.Penalties'][value='Fine']").CheckAsync();
        await form.Locator("[name='Form.FineAmount']").FillAsync("50000");
        await form.Locator("[name='Form.Facts']").FillAsync($"当事人（住所{Address}，联系电话{Telephone}）擅自拆除设置在其楼顶的人民防空警报设施。");
        await form.Locator("[name='Form.Evidence']").FillAsync("现场检查笔录、询问笔录、现场照片及视频。");
        await form.Locator("[name='Form.LegalBasis']").FillAsync("《中华人民共和国人民防空法》第四十九条第（五）项");
        await form.Locator("[name='Form.DiscretionReason']").FillAsync("情节严重档：单位3.5万元至5万元。");
        await form.Locator("[name='Form.CorrectionOrder']").FillAsync("责令限期恢复警报设施。");
    }

    /// <summary>
    /// The reviewer opens the queue, takes the open review, assigns it to themselves, leaves one point empty
    /// (refused, naming the point), then records every point and passes the case.
    /// </summary>
    private async Task ReviewInQueueAsync(IPage page, DateOnly assigned, DateOnly reviewed, string opinion)
    {
        await page.GotoAsync("/legal-reviews");
        var row = page.Locator("table.review-queue tbody tr").First;
        Assert.Contains("待分配", await row.InnerTextAsync());
        await row.Locator("a").ClickAsync();
        await page.ArriveAtAsync(new Regex("/legal-reviews/"));
        var reviewUrl = new Uri(page.Url).AbsolutePath;

        var assign = page.Locator("form[data-action='assign-legal-reviewer']");
        await assign.Locator("[name='Form.EffectiveOn']").FillAsync(Day(assigned));
        await Select(assign, "ReviewerUserId", "孙测试");
        await assign.Locator("button[type=submit]").ClickAsync();
        await page.ArriveAtAsync(new Regex("done=assign-legal-reviewer"));

        var form = page.Locator("form[data-action='record-legal-review']");
        await form.Locator("[name='Form.EffectiveOn']").FillAsync(Day(reviewed));
        foreach (var point in (await form.Locator("tr[data-point]").AllAsync()).Skip(1))
        {
            await point.Locator("input[type=radio][value='Satisfied']").CheckAsync();
        }

        await form.Locator("select[name='Form.ReviewOutcome']").SelectOptionAsync("Pass");
        await form.Locator("[name='Form.Opinion']").FillAsync(opinion);
        await form.Locator("button[type=submit]").ClickAsync();
        var refusal = await page.Locator(".notice.error").InnerTextAsync();
        Assert.Contains("执法主体是否合法", refusal);
        await ScreenshotAsync(page, "legal-review-refused");

        form = page.Locator("form[data-action='record-legal-review']");
        await form.Locator("[name='Form.EffectiveOn']").FillAsync(Day(reviewed));
        foreach (var point in await form.Locator("tr[data-point]").AllAsync())
        {
            await point.Locator("input[type=radio][value='Satisfied']").CheckAsync();
        }

        await form.Locator("select[name='Form.ReviewOutcome']").SelectOptionAsync("Pass");
        await form.Locator("[name='Form.Opinion']").FillAsync(opinion);
        await form.Locator("button[type=submit]").ClickAsync();
        await page.ArriveAtAsync(new Regex("done=record-legal-review"));
        Assert.Equal("已出具意见", await page.Locator("h1 .badge").InnerTextAsync());
        Assert.EndsWith(reviewUrl, new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await ScreenshotAsync(page, "legal-review-passed");
    }

    private static async Task ScheduleAsync(ILocator form, DateOnly hearingDay)
    {
        await form.Locator("[name='Form.HearingDate']").FillAsync(Day(hearingDay));
        await form.Locator("[name='Form.HearingPlace']").FillAsync("长治市人防办听证室");
        await Select(form, "PresidingOfficerId", Wang);
    }

    private static async Task Select(ILocator form, string field, params string[] labels) =>
        await form.Locator($"select[name='Form.{field}']")
            .SelectOptionAsync(labels.Select(l => new SelectOptionValue { Label = l }));

    private static async Task Fill(ILocator form, string field, string value) =>
        await form.Locator($"[name='Form.{field}']").FillAsync(value);

    private static async Task SelectValue(ILocator form, string field, string value) =>
        await form.Locator($"select[name='Form.{field}']").SelectOptionAsync(new SelectOptionValue { Value = value });

    private async Task ScreenshotAsync(IPage page, string name)
    {
        Assert.DoesNotContain("出错了", await page.Locator("h1").First.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(_screenshots, name + ".png"),
            FullPage = true,
        });
    }

    // With ZHIFA_SCREENSHOTS=1 the screenshots replace those in docs/screenshots; otherwise they go to a
    // temporary folder, so a test run leaves the repository unchanged.
    private static string ScreenshotFolder() =>
        Environment.GetEnvironmentVariable("ZHIFA_SCREENSHOTS") == "1"
            ? Path.Combine(Python.RepositoryRoot, "docs", "screenshots")
            : Path.Combine(Path.GetTempPath(), "zhifa-screenshots");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"长人防罚〔\d{4}〕\d+号")]
    private static partial Regex DecisionNumber();
}
