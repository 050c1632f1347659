using System.Globalization;
using Zhifa.Domain.Cases;
using Zhifa.Domain.LegalReview;

namespace Zhifa.Web.Cli.DemoMonth;

/// <summary>
/// Storyline 1: a unit removed an air-raid alarm from its roof (matter CZRF-CF-001). The 50,000 yuan fine reaches
/// the legal review threshold (CZRF-FZ-001), the party requests a hearing, which makes the decision major again,
/// and pays two days after the deadline with the 3% daily surcharge. The host runs on the real clock, so the case
/// is registered 75 days ago and every step is dated in the past, in order, with gaps that keep each legal period
/// even across a public holiday.
/// </summary>
internal sealed class AlarmCaseStory(ScenarioContext context)
{
    public const decimal Fine = 50_000m;

    // Personal data of the site manager in the facts, which the publication must mask. Both are sample values:
    // the ID number is the example of GB 11643-1999, and the mobile number is a common placeholder.
    private const string ManagerId = "11010519491231002X";
    private const string ManagerPhone = "13800000000";
    private const int DaysAgo = 75;
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

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
            title = $"擅自拆除人民防空警报设施案（演示 {context.RunTag}）",
            source = "Complaint",
            sourceDetail = "群众电话举报：楼顶人防警报器被拆除。",
            registeredOn = CaseDriver.Day(registered),
            actDate = CaseDriver.Day(registered.AddDays(-10)),
            partyKind = "Unit",
            partyName = "长治市演示商贸有限公司",
            partyIdNumber = "91140400MA0DEMO01X",
            partyAddress = "长治市潞州区演示路8号",
            officerIds = new[] { zhang, li },
        });
        context.Say($"case registered {CaseDriver.Day(registered)}: {context.CasePage(id)}");

        await cases.StepAsync("head", id, "approve-filing", registered, new() { ["officerIds"] = new[] { zhang, li } });
        await cases.StepAsync("officer", id, "declare-recusal", registered.AddDays(1), new() { ["conflict"] = false });
        await cases.StepAsync("officer2", id, "declare-recusal", registered.AddDays(1), new() { ["conflict"] = false });
        await cases.StepAsync("officer", id, "start-investigation", registered.AddDays(1));
        await CollectEvidenceAsync(id, registered.AddDays(1));

        await cases.StepAsync("officer", id, "propose-decision", registered.AddDays(2), Proposal());
        await ReviewAsync(id, registered.AddDays(2), registered.AddDays(3), "事实清楚，证据确凿，处罚适当。");
        await cases.StepAsync("officer", id, "serve-prior-notice", registered.AddDays(3));

        await HearingAsync(id, registered);
        await ReviewAsync(id, registered.AddDays(25), registered.AddDays(26), "听证后复核：同意原处罚意见。");
        var decided = registered.AddDays(27);
        await cases.StepAsync("head", id, "decide", decided);
        await DeliverAsync(id, decided.AddDays(2));

        var paidOn = await PayLateAsync(id);
        await cases.StepAsync("head", id, "close", paidOn.AddDays(3), new() { ["reason"] = "罚款及加处罚款已缴清。" });
        await new Publisher(context).PublishAsync(id, "decision", ManagerId, ManagerPhone);
        await cases.StepAsync("head", id, "archive", paidOn.AddDays(5));
        context.Say($"archived {CaseDriver.Day(paidOn.AddDays(5))}");
        return id;
    }

    private async Task CollectEvidenceAsync(Guid id, DateOnly day)
    {
        var taken = At(day, 10, 15);
        var photo = await context.Media.PhotoAsync($"alarm-{context.RunTag}.jpg", taken, "Roof alarm removed");
        await context.Cases.UploadAsync("officer", id, photo, "start-investigation", taken, context.UploadLimitHours);
        var filmed = At(day, 10, 30);
        var video = await context.Media.VideoAsync($"alarm-site-{context.RunTag}.mp4", filmed, 4);
        await context.Cases.UploadAsync("officer", id, video, "start-investigation", filmed.AddSeconds(4), context.UploadLimitHours);
        var exif = context.Media.HasExiftool ? "with EXIF capture time and position" : "without EXIF: exiftool is not installed";
        context.Say($"evidence: site photo (JPEG, {exif}) and video with sound (MP4)");
    }

    /// <summary>Submits the proposal, assigns the demo reviewer and records a pass with all ten points satisfied.</summary>
    private async Task ReviewAsync(Guid id, DateOnly submitted, DateOnly reviewed, string opinion)
    {
        var cases = context.Cases;
        await cases.StepAsync("officer", id, "submit-legal-review", submitted, await MaterialsAsync(id));
        await cases.StepAsync("reviewer", id, "assign-legal-reviewer", submitted, new()
        {
            ["reviewerUserId"] = await context.UserIdAsync("reviewer"),
        });
        await cases.StepAsync("reviewer", id, "record-legal-review", reviewed, new()
        {
            ["reviewOutcome"] = "Pass",
            ["opinion"] = opinion,
            ["reviewPoints"] = ReviewPoints.All.Select(p => new { point = ReviewPoints.Code(p), finding = "Satisfied" }).ToList(),
        });
        context.Say($"legal review passed {CaseDriver.Day(reviewed)} ({ReviewPoints.All.Count} points)");
    }

    // Each material refers to the latest step; after the hearing the statement and the hearing record join them.
    private async Task<Dictionary<string, object?>> MaterialsAsync(Guid id)
    {
        var c = await context.Cases.GetAsync("officer", id);
        var last = c.GetProperty("history").EnumerateArray().Last().GetProperty("sequence").GetInt32();
        var kinds = new List<string> { "ProposedDecision", "InvestigationReport", "EvidenceList", "DiscretionReasoning" };
        if (c.GetProperty("hearing").GetProperty("heldOn").ValueKind != System.Text.Json.JsonValueKind.Null)
        {
            kinds.AddRange(["StatementAndDefence", "HearingRecord"]);
        }

        return new() { ["materials"] = kinds.Select(k => new { kind = k, reference = $"step:{last}" }).ToList() };
    }

    // The hearing is 21 days after its notice: at least the 7 days' notice even across a holiday.
    private async Task HearingAsync(Guid id, DateOnly registered)
    {
        var cases = context.Cases;
        var hearingDay = registered.AddDays(25);
        await cases.StepAsync("officer", id, "request-hearing", registered.AddDays(4));
        await cases.StepAsync("officer", id, "schedule-hearing", registered.AddDays(4), new()
        {
            ["hearingDate"] = CaseDriver.Day(hearingDay),
            ["hearingPlace"] = "长治市人防办听证室",
            ["presidingOfficerId"] = await context.OfficerIdAsync("14040003"),
        });

        var start = At(hearingDay, 9, 30);
        var recording = await context.Media.VideoAsync($"hearing-{context.RunTag}.mp4", start, 6);
        await cases.UploadAsync("officer", id, recording, "hold-hearing", start.AddSeconds(6), context.UploadLimitHours);
        await cases.StepAsync("officer", id, "hold-hearing", hearingDay, new()
        {
            ["transcriptSummary"] = "当事人对事实无异议，请求从轻处罚。",
            ["stepStartedAt"] = start,
            ["stepEndedAt"] = start.AddSeconds(5),
        });
        context.Say($"hearing held {CaseDriver.Day(hearingDay)}, recorded on video");
    }

    private async Task DeliverAsync(Guid id, DateOnly day)
    {
        var taken = At(day, 15, 0);
        var photo = await context.Media.PhotoAsync($"delivery-{context.RunTag}.jpg", taken, "Decision served");
        await context.Cases.UploadAsync("officer", id, photo, "deliver", taken, context.UploadLimitHours);
        await context.Cases.StepAsync("officer", id, "deliver", day, new() { ["deliveryMethod"] = "Direct" });
        context.Say($"decision delivered {CaseDriver.Day(day)}, photo of the service attached");
    }

    /// <summary>Pays two days after the payment deadline the case shows, with the surcharge the domain computes.</summary>
    private async Task<DateOnly> PayLateAsync(Guid id)
    {
        var c = await context.Cases.GetAsync("officer", id);
        var payment = c.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "payment");
        var due = DateOnly.ParseExact(payment.GetProperty("due").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var paidOn = due.AddDays(2);
        var surcharge = Surcharge.Owed(Fine, due, paidOn);
        await context.Cases.StepAsync("officer", id, "record-execution", paidOn, new() { ["paidAmount"] = Fine + surcharge });

        var recorded = (await context.Cases.GetAsync("officer", id)).GetProperty("execution").GetProperty("surchargeAmount").GetDecimal();
        if (recorded != surcharge)
        {
            throw new DemoMonthException($"the platform recorded a surcharge of {recorded} yuan, but 3% a day for 2 days is {surcharge}.");
        }

        context.Say(string.Create(
            CultureInfo.InvariantCulture,
            $"paid {CaseDriver.Day(paidOn)}, 2 days after the deadline {CaseDriver.Day(due)}: fine {Fine:0} + surcharge (加处罚款) {surcharge:0} yuan"));
        return paidOn;
    }

    private static Dictionary<string, object?> Proposal() => new()
    {
        ["outcome"] = "Penalty",
        ["penalties"] = "Warning, Fine",
        ["fineAmount"] = Fine,
        ["facts"] = $"当事人擅自拆除设置在其楼顶的人民防空警报设施，现场负责人刘演示（公民身份号码{ManagerId}，联系电话{ManagerPhone}）在场。",
        ["evidence"] = "现场检查笔录、询问笔录、现场照片及视频。",
        ["legalBasis"] = "《中华人民共和国人民防空法》第四十九条第（五）项",
        ["discretionReason"] = "情节严重档：单位3.5万元至5万元。",
        ["correctionOrder"] = "责令限期恢复警报设施。",
    };

    private static DateTimeOffset At(DateOnly day, int hour, int minute) =>
        new(day.ToDateTime(new TimeOnly(hour, minute)), China);
}
