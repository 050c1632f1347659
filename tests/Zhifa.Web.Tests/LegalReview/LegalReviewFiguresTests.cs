using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.LegalReview;

/// <summary>
/// On a database of its own: a not-pass, its re-review, a leader's ruling and the figures they make, with every
/// review step in the full-process record.
/// </summary>
public sealed class LegalReviewFiguresTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private readonly CaseApiClient _api = new(factory);

    [Fact]
    public async Task Disputed_review_goes_to_leader_and_counts()
    {
        _api.SetToday(6, 1);
        var zhang = await _api.OfficerIdAsync("14040001");
        var li = await _api.OfficerIdAsync("14040002");
        var id = await _api.RegisterAsync("officer", new
        {
            procedure = "GeneralPenalty",
            matterId = await _api.MatterIdAsync("CZRF-CF-001"),
            title = "审核分歧测试案",
            actDate = "2026-05-20",
            partyKind = "Unit",
            partyName = "测试（长治）样例有限公司",
            officerIds = new[] { zhang, li },
        });
        await _api.StepAsync("head", id, "approve-filing", new() { ["officerIds"] = new[] { zhang, li } });
        await _api.StepAsync("officer", id, "declare-recusal", new() { ["conflict"] = false });
        await _api.StepAsync("officer2", id, "declare-recusal", new() { ["conflict"] = false });
        await _api.StepAsync("officer", id, "start-investigation");
        await _api.StepAsync("officer", id, "propose-decision", new()
        {
            ["outcome"] = "Penalty",
            ["penalties"] = "Fine",
            ["fineAmount"] = 50_000,
            ["facts"] = "当事人擅自拆除警报设施。",
            ["evidence"] = "现场检查笔录。",
            ["legalBasis"] = "《中华人民共和国人民防空法》第四十九条",
            ["discretionReason"] = "情节严重。",
        });

        // The first review takes 0 working days (all on Monday 06-01), the re-review 1 (06-03 to 06-04).
        await _api.ReviewAsync(id, "NotPass", "证据不足以证明拆除行为系当事人所为。");
        _api.SetToday(6, 3);
        await _api.StepAsync("head", id, "request-re-review", new() { ["reason"] = "已有监控录像证明。" });
        var twice = await _api.ActAsync("head", id, "request-re-review", new() { ["reason"] = "再次申请" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        await _api.StepAsync("reviewer", id, "assign-legal-reviewer", new() { ["reviewerUserId"] = await _api.UserIdAsync("reviewer") });
        _api.SetToday(6, 4);
        await _api.StepAsync("reviewer", id, "record-legal-review", CaseApiClient.Opinion("NotPass", "维持原意见。"));
        var used = await _api.ActAsync("head", id, "request-re-review", new() { ["reason"] = "仍有异议" });
        Assert.Contains("legal_review.re_review_used", await used.Content.ReadAsStringAsync());
        await _api.StepAsync("leader", id, "record-review-ruling", new() { ["rulingPassed"] = true, ["conclusion"] = "集体讨论认为证据充分，同意处罚。" });
        Assert.Equal("Reviewed", (await _api.GetAsync("officer", id)).GetProperty("stage").GetString());

        var reviewer = await _api.AsAsync("reviewer");
        var figures = (await reviewer.GetFromJsonAsync<JsonElement>("/api/legal-reviews/figures")).GetProperty("items");
        var june = Assert.Single(figures.EnumerateArray());
        Assert.Equal("2026-06", june.GetProperty("month").GetString());
        Assert.Equal("工程科", june.GetProperty("organisation").GetString());
        Assert.Equal(2, june.GetProperty("submitted").GetInt32());
        Assert.Equal(2, june.GetProperty("reviewed").GetInt32());
        Assert.Equal(1, june.GetProperty("passed").GetInt32());
        Assert.Equal(0.5m, june.GetProperty("passRate").GetDecimal());
        Assert.Equal(0.5m, june.GetProperty("averageWorkingDays").GetDecimal());
        Assert.Equal(1, june.GetProperty("maxWorkingDays").GetInt32());

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        var recorded = await db.LedgerEntries.AsNoTracking().Where(e => e.Subject == $"case/{id}").OrderBy(e => e.Index).Select(e => e.Action).ToListAsync();
        Assert.Equal(
            [
                "case.submit-legal-review", "case.assign-legal-reviewer", "case.record-legal-review", "case.request-re-review",
                "case.assign-legal-reviewer", "case.record-legal-review", "case.record-review-ruling",
            ],
            recorded.SkipWhile(a => a != "case.submit-legal-review").ToList());
    }
}
