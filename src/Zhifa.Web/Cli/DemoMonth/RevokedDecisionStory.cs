using System.Globalization;

namespace Zhifa.Web.Cli.DemoMonth;

/// <summary>
/// Storyline 3: a smaller fine (10,000 yuan, below the review threshold, no hearing) is decided, delivered and
/// published. The reconsideration body then revokes the decision: an officer notes it, and the head withdraws
/// the publication with that reason. The case is registered 40 days ago. The decision comes the day after the statement and hearing-request
/// periods end, as the case's deadlines give them, so a holiday inside the periods only moves it later.
/// </summary>
internal sealed class RevokedDecisionStory(ScenarioContext context)
{
    private const int DaysAgo = 40;

    public async Task<Guid> RunAsync()
    {
        var registered = context.Today.AddDays(-DaysAgo);
        var zhang = await context.OfficerIdAsync("14040001");
        var li = await context.OfficerIdAsync("14040002");
        var cases = context.Cases;

        var id = await cases.RegisterAsync("officer", new
        {
            procedure = "GeneralPenalty",
            matterId = await context.MatterIdAsync("CZRF-CF-001"),
            title = $"擅自拆除人民防空通信设施案（演示 {context.RunTag}）",
            source = "Inspection",
            registeredOn = CaseDriver.Day(registered),
            actDate = CaseDriver.Day(registered.AddDays(-5)),
            partyKind = "Unit",
            partyName = "长治市演示物业服务有限公司",
            partyIdNumber = "91140400MA0DEMO02X",
            partyAddress = "长治市潞州区演示路10号",
            officerIds = new[] { zhang, li },
        });
        context.Say($"case registered {CaseDriver.Day(registered)}: {context.CasePage(id)}");

        await cases.StepAsync("head", id, "approve-filing", registered, new() { ["officerIds"] = new[] { zhang, li } });
        await cases.StepAsync("officer", id, "declare-recusal", registered.AddDays(1), new() { ["conflict"] = false });
        await cases.StepAsync("officer2", id, "declare-recusal", registered.AddDays(1), new() { ["conflict"] = false });
        await cases.StepAsync("officer", id, "start-investigation", registered.AddDays(1));
        await cases.StepAsync("officer", id, "propose-decision", registered.AddDays(2), new()
        {
            ["outcome"] = "Penalty",
            ["penalties"] = "Warning, Fine",
            ["fineAmount"] = 10_000m,
            ["facts"] = "当事人擅自拆除小区人民防空通信设施接线盒。",
            ["evidence"] = "现场检查笔录、询问笔录。",
            ["legalBasis"] = "《中华人民共和国人民防空法》第四十九条第（五）项",
            ["discretionReason"] = "一般档：单位1万元至2万元。",
        });
        await cases.StepAsync("officer", id, "serve-prior-notice", registered.AddDays(3));
        await cases.StepAsync("officer", id, "record-statement", registered.AddDays(4), new()
        {
            ["statementSummary"] = "当事人承认事实，未要求听证。",
            ["recheckOpinion"] = "当事人未提出新的事实和理由，维持拟处罚意见。",
        });

        var decided = await PeriodsOverAsync(id);
        await cases.StepAsync("head", id, "decide", decided);
        var served = decided.AddDays(1);
        var taken = new DateTimeOffset(served.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
        var photo = await context.Media.PhotoAsync($"revoked-delivery-{context.RunTag}.jpg", taken, "Decision served");
        await cases.UploadAsync("officer", id, photo, "deliver", taken, context.UploadLimitHours);
        await cases.StepAsync("officer", id, "deliver", served, new() { ["deliveryMethod"] = "Direct" });
        context.Say($"decided {CaseDriver.Day(decided)} after the statement and hearing-request periods, delivered {CaseDriver.Day(served)}");

        var publisher = new Publisher(context);
        await publisher.PublishAsync(id, "decision");
        await publisher.RevokeAndWithdrawAsync(id, "经行政复议，原行政处罚决定被撤销。", context.Today.AddDays(-1));
        return id;
    }

    private async Task<DateOnly> PeriodsOverAsync(Guid id)
    {
        var deadlines = (await context.Cases.GetAsync("officer", id)).GetProperty("deadlines").EnumerateArray()
            .Where(d => d.GetProperty("code").GetString() is "statement" or "hearing_request")
            .Select(d => DateOnly.ParseExact(d.GetProperty("due").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .ToList();
        if (deadlines.Count == 0)
        {
            throw new DemoMonthException("the case shows no statement or hearing-request deadline after the prior notice.");
        }

        return deadlines.Max().AddDays(1);
    }
}
