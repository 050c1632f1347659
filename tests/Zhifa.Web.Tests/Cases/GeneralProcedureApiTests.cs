using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Cases;

/// <summary>
/// A full general-procedure penalty case of the demo agency through the JSON API, from case source to archive:
/// a unit fined 50,000 yuan for removing an air-raid alarm, which makes the decision major (legal review) and
/// gives the right to a hearing, which the party takes. The fine is paid two days late.
/// </summary>
public sealed class GeneralProcedureApiTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private readonly CaseApiClient _api = new(factory);

    [Fact]
    public async Task Case_runs_from_source_to_archive()
    {
        _api.SetToday(6, 1);
        var zhang = await _api.OfficerIdAsync("14040001");
        var li = await _api.OfficerIdAsync("14040002");
        var wang = await _api.OfficerIdAsync("14040003");
        var id = await _api.RegisterAsync("officer", new
        {
            procedure = "GeneralPenalty",
            matterId = await _api.MatterIdAsync("CZRF-CF-001"),
            title = "擅自拆除人民防空警报设施案",
            source = "Complaint",
            actDate = "2026-05-20",
            partyKind = "Unit",
            partyName = "测试（长治）样例有限公司",
            partyIdNumber = "91140400MA0TEST01X",
            partyAddress = "长治市测试区样例路1号",
            officerIds = new[] { zhang, li },
        });

        await _api.StepAsync("head", id, "approve-filing", new() { ["officerIds"] = new[] { zhang, li } });
        await _api.StepAsync("officer", id, "declare-recusal", new() { ["conflict"] = false });
        await _api.StepAsync("officer2", id, "declare-recusal", new() { ["conflict"] = false });
        await _api.StepAsync("officer", id, "start-investigation");

        _api.SetToday(6, 2);
        await _api.StepAsync("officer", id, "propose-decision", Proposal(50_000));
        var proposed = await _api.GetAsync("officer", id);
        Assert.Contains("CZRF-FZ-001", proposed.GetProperty("majorReasons")[0].GetString());
        _api.SetToday(6, 3);
        await _api.ReviewAsync(id, "Pass", "事实清楚，证据确凿。");
        await _api.StepAsync("officer", id, "serve-prior-notice");
        var notified = await _api.GetAsync("officer", id);
        Assert.True(notified.GetProperty("notice").GetProperty("hearingRightOffered").GetBoolean());

        _api.SetToday(6, 5);
        await _api.StepAsync("officer", id, "request-hearing");
        await _api.StepAsync("officer", id, "schedule-hearing", new()
        {
            ["hearingDate"] = "2026-06-17",
            ["hearingPlace"] = "长治市人防办听证室",
            ["presidingOfficerId"] = wang,
        });
        _api.SetToday(6, 17);
        await _api.StepAsync("officer", id, "hold-hearing", new() { ["transcriptSummary"] = "当事人对事实无异议，请求从轻处罚。" });

        // A hearing makes the decision major again: the review before it does not cover it.
        var beforeReview = await _api.ActAsync("head", id, "decide");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, beforeReview.StatusCode);
        Assert.Contains("case.legal_review_required", await beforeReview.Content.ReadAsStringAsync());
        _api.SetToday(6, 18);
        await _api.ReviewAsync(id, "Pass", "听证后复核，同意。");
        await _api.StepAsync("head", id, "decide");

        var decided = await _api.GetAsync("officer", id);
        Assert.Equal("长人防罚〔2026〕1号", decided.GetProperty("decision").GetProperty("number").GetString());
        var delivery = decided.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "delivery");
        Assert.Equal("2026-06-30", delivery.GetProperty("due").GetString());

        _api.SetToday(6, 22);
        await _api.StepAsync("officer", id, "deliver", new() { ["deliveryMethod"] = "Direct" });
        var payment = (await _api.GetAsync("officer", id)).GetProperty("deadlines").EnumerateArray().Single();
        Assert.Equal("2026-07-07", payment.GetProperty("due").GetString());

        _api.SetToday(7, 9);
        var short_ = await _api.ActAsync("officer", id, "record-execution", new() { ["paidAmount"] = 50_000 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, short_.StatusCode);
        Assert.Contains("53,000", await short_.Content.ReadAsStringAsync());
        await _api.StepAsync("officer", id, "record-execution", new() { ["paidAmount"] = 53_000 });
        await _api.StepAsync("head", id, "close", new() { ["reason"] = "罚款及加处罚款已缴清。" });
        _api.SetToday(7, 10);
        await _api.StepAsync("head", id, "archive");

        var archived = await _api.GetAsync("officer", id);
        Assert.Equal("Archived", archived.GetProperty("stage").GetString());
        Assert.Equal(3000m, archived.GetProperty("execution").GetProperty("surchargeAmount").GetDecimal());
        var actions = archived.GetProperty("history").EnumerateArray().Select(s => s.GetProperty("action").GetString()).ToList();
        Assert.Equal(
            [
                "approve-filing", "declare-recusal", "declare-recusal", "start-investigation", "propose-decision",
                "submit-legal-review", "assign-legal-reviewer", "record-legal-review", "serve-prior-notice",
                "request-hearing", "schedule-hearing", "hold-hearing", "submit-legal-review", "assign-legal-reviewer",
                "record-legal-review", "decide", "deliver", "record-execution", "close", "archive",
            ],
            actions);
        var sequences = archived.GetProperty("history").EnumerateArray().Select(s => s.GetProperty("sequence").GetInt32());
        Assert.Equal(Enumerable.Range(1, 20), sequences);
    }

    [Fact]
    public async Task Case_of_other_county_answers_404()
    {
        var zhang = await _api.OfficerIdAsync("14040001");
        var li = await _api.OfficerIdAsync("14040002");
        var id = await _api.RegisterAsync("officer", new
        {
            procedure = "GeneralPenalty",
            matterId = await _api.MatterIdAsync("CZRF-CF-001"),
            title = "跨县访问测试",
            partyKind = "Unit",
            partyName = "测试单位",
            officerIds = new[] { zhang, li },
        });

        var county = await _api.AsAsync("luzhou.officer");
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/api/cases/{id}")).StatusCode);
        var act = await county.PostAsync($"/api/cases/{id}/actions/approve-filing", JsonContent.Create(new { version = 1 }));
        Assert.Equal(HttpStatusCode.NotFound, act.StatusCode);
        var list = JsonDocument.Parse(await county.GetStringAsync("/api/cases")).RootElement;
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Registration_reports_each_missing_field()
    {
        var client = await _api.AsAsync("officer");
        var response = await client.PostAsync("/api/cases", JsonContent.Create(new { title = "" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement
            .GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToHashSet();
        Assert.Equal(["procedure", "matterId", "title", "partyKind", "partyName"], fields);
    }

    private static Dictionary<string, object?> Proposal(decimal fine) => new()
    {
        ["outcome"] = "Penalty",
        ["penalties"] = "Warning, Fine",
        ["fineAmount"] = fine,
        ["facts"] = "当事人于2026年5月20日擅自拆除设置在其楼顶的人民防空警报设施。",
        ["evidence"] = "现场检查笔录、询问笔录、现场照片及视频。",
        ["legalBasis"] = "《中华人民共和国人民防空法》第四十九条第（五）项",
        ["discretionReason"] = "情节严重档：单位3.5万元至5万元。",
        ["correctionOrder"] = "责令于2026年7月31日前恢复警报设施。",
    };
}
