using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Domain.Access;
using Zhifa.Domain.LegalReview;
using Zhifa.Infrastructure.Identity;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.LegalReview;

/// <summary>
/// Legal review through the API and the pages of the demo agency. The tests cover the gate on the decision
/// (page, API, and the on-the-spot path after a catalogue change) and the reviewer's independence. They also
/// cover the points form field by field, voiding, return for investigation, the opinion form and county scope.
/// </summary>
public sealed class LegalReviewApiTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private readonly CaseApiClient _api = new(factory);

    [Fact]
    public async Task Unreviewed_major_decision_is_refused()
    {
        var id = await NotifiedAsync(20_000);
        await _api.StepAsync("officer", id, "record-statement", new() { ["statementWaived"] = true });
        await _api.StepAsync("officer", id, "mark-major", new() { ["reason"] = "社会影响较大" });

        var api = await _api.ActAsync("head", id, "decide");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, api.StatusCode);
        var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("case.legal_review_required", problem.GetProperty("code").GetString());
        Assert.Equal("《中华人民共和国行政处罚法》第五十八条", problem.GetProperty("arguments").GetProperty("source").GetString());

        var head = await _api.AsAsync("head");
        var version = (await _api.GetAsync("head", id)).GetProperty("version").GetInt32();
        var page = await head.PostFormAsync($"/cases/{id}?action=decide", [new("Form.Version", version.ToString(CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
        Assert.Contains("须经法制审核通过", await page.Content.ReadAsStringAsync());
        Assert.Equal("Notified", (await _api.GetAsync("head", id)).GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Catalogue_change_blocks_major_on_the_spot_decision()
    {
        _api.SetToday(6, 1);
        var legal = await _api.AsAsync("legal");
        var item = (await legal.EntriesAsync("review-catalogue")).Single(e => e.Values["code"] == "CZRF-FZ-001");
        var updated = await legal.UpdateEntryAsync("review-catalogue", item.Id, item.Version, new() { ["threshold_unit"] = "1000" });
        Assert.True(updated.IsSuccessStatusCode, await updated.Content.ReadAsStringAsync());
        try
        {
            var id = await _api.RegisterAsync("officer", new
            {
                procedure = "SimplePenalty",
                matterId = await _api.MatterIdAsync("CZRF-CF-001"),
                title = "当场处罚测试案",
                partyKind = "Unit",
                partyName = "测试单位",
                officerIds = new[] { await _api.OfficerIdAsync("14040001"), await _api.OfficerIdAsync("14040002") },
            });
            await _api.StepAsync("officer", id, "declare-recusal", new() { ["conflict"] = false });
            await _api.StepAsync("officer2", id, "declare-recusal", new() { ["conflict"] = false });

            var response = await _api.ActAsync("officer", id, "decide-on-spot", new()
            {
                ["penalties"] = "Fine",
                ["fineAmount"] = 2_000,
                ["facts"] = "当场发现。",
                ["legalBasis"] = "《中华人民共和国人民防空法》第四十九条",
            });

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("case.legal_review_required", await response.Content.ReadAsStringAsync());
            Assert.Equal("Registered", (await _api.GetAsync("officer", id)).GetProperty("stage").GetString());
        }
        finally
        {
            var current = (await legal.EntriesAsync("review-catalogue")).Single(e => e.Values["code"] == "CZRF-FZ-001");
            await legal.UpdateEntryAsync("review-catalogue", current.Id, current.Version, new() { ["threshold_unit"] = "50000" });
        }
    }

    [Fact]
    public async Task Review_page_labels_step_material()
    {
        var id = await ProposedAsync(50_000);
        await _api.StepAsync("officer", id, "submit-legal-review", await _api.MaterialsAsync("officer", id));
        var task = await TaskOfAsync(id);

        // MaterialsAsync refers every material to the latest step before submission, the proposal (step 5).
        var page = await (await _api.AsAsync("reviewer")).GetStringAsync($"/legal-reviews/{task}");
        Assert.Contains($"<a href=\"/cases/{id}#history\" data-material-step=\"5\">办案记录第5项</a>", page);
        Assert.DoesNotContain("step:5", page);
        Assert.Contains("<section id=\"history\">", await (await _api.AsAsync("reviewer")).GetStringAsync($"/cases/{id}"));
    }

    [Fact]
    public async Task Case_officer_cannot_review_own_case()
    {
        await GrantAsync("officer2", Roles.LegalReviewer);
        var id = await ProposedAsync(50_000);
        await _api.StepAsync("officer", id, "submit-legal-review", await _api.MaterialsAsync("officer", id));
        var task = await TaskOfAsync(id);
        var reviewer = await _api.AsAsync("reviewer");

        var colleague = await PostAsync(reviewer, $"/api/legal-reviews/{task}/assign", id, new() { ["reviewerUserId"] = await _api.UserIdAsync("officer2") });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, colleague.StatusCode);
        var problem = JsonDocument.Parse(await colleague.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("legal_review.reviewer_not_independent", problem.GetProperty("code").GetString());
        Assert.Equal("officer", problem.GetProperty("arguments").GetProperty("relation").GetString());
        Assert.Contains("国办发〔2018〕118号", problem.GetProperty("arguments").GetProperty("source").GetString());

        var self = await PostAsync(reviewer, $"/api/legal-reviews/{task}/assign", id, new() { ["reviewerUserId"] = await _api.UserIdAsync("reviewer") });
        Assert.Equal(HttpStatusCode.OK, self.StatusCode);
        var byOfficer = await PostAsync(await _api.AsAsync("officer2"), $"/api/legal-reviews/{task}/opinion", id, CaseApiClient.Opinion("Pass", null));
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
    }

    [Fact]
    public async Task Opinion_is_checked_field_by_field()
    {
        var (id, task) = await AssignedAsync(50_000);
        var reviewer = await _api.AsAsync("reviewer");

        var empty = await PostAsync(reviewer, $"/api/legal-reviews/{task}/opinion", id, new() { ["reviewOutcome"] = "NotPass" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var fields = JsonDocument.Parse(await empty.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")
            .EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal([.. ReviewPoints.All.Select(p => $"reviewPoints.{ReviewPoints.Code(p)}.finding"), "opinion"], fields);

        var page = await reviewer.PostFormAsync($"/legal-reviews/{task}?handler=Opinion",
        [
            new("Form.Version", (await _api.GetAsync("reviewer", id)).GetProperty("version").GetInt32().ToString(CultureInfo.InvariantCulture)),
            new("Form.ReviewOutcome", "NotPass"),
            new("Form.Findings[factsClear]", "NotSatisfied"),
        ]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("执法主体是否合法 审核结论：请填写该要点的审核结论。", html);
        Assert.Contains("案件事实是否清楚 说明：该要点不符合或不适用，请说明理由。", html);
        Assert.Equal("InLegalReview", (await _api.GetAsync("reviewer", id)).GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Revised_proposal_voids_the_passed_review()
    {
        var (id, task) = await AssignedAsync(50_000);
        await PassAsync(id, task);
        // Still major (50,000 yuan) but without the warning: the review saw another proposal.
        var revise = new Dictionary<string, object?>(Proposal(50_000)) { ["penalties"] = "Fine", ["reason"] = "删去警告" };
        await _api.StepAsync("officer", id, "revise-proposal", revise);

        var refused = await _api.ActAsync("officer", id, "serve-prior-notice");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("void", await refused.Content.ReadAsStringAsync());
        var review = await (await _api.AsAsync("reviewer")).GetJsonAsync($"/api/legal-reviews/{task}");
        Assert.Equal("Voided", review.GetProperty("review").GetProperty("state").GetString());
        Assert.Equal(1, review.GetProperty("review").GetProperty("proposalRevision").GetInt32());
    }

    [Fact]
    public async Task Return_for_investigation_sends_case_back_with_history()
    {
        var (id, task) = await AssignedAsync(50_000);
        var reviewer = await _api.AsAsync("reviewer");
        var returned = await PostAsync(reviewer, $"/api/legal-reviews/{task}/opinion", id, CaseApiClient.Opinion("ReturnForInvestigation", "证据不足，请补充询问笔录。"));
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal("Investigating", (await _api.GetAsync("officer", id)).GetProperty("stage").GetString());

        await _api.StepAsync("officer", id, "propose-decision", Proposal(50_000));
        await _api.StepAsync("officer", id, "submit-legal-review", await _api.MaterialsAsync("officer", id));

        var queue = await reviewer.GetJsonAsync("/api/legal-reviews");
        var reviews = queue.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("caseId").GetGuid() == id).ToList();
        Assert.Equal(2, reviews.Count);
        var first = reviews.Single(r => r.GetProperty("id").GetGuid() == task);
        Assert.Equal("ReturnForInvestigation", first.GetProperty("outcome").GetString());
        Assert.Equal(1, first.GetProperty("proposalRevision").GetInt32());
        Assert.Equal(2, reviews.Single(r => r.GetProperty("id").GetGuid() != task).GetProperty("proposalRevision").GetInt32());
        var history = (await _api.GetAsync("officer", id)).GetProperty("history").EnumerateArray().Select(s => s.GetProperty("action").GetString()).ToList();
        Assert.Equal(2, history.Count(a => a == "submit-legal-review"));
        Assert.Equal(2, history.Count(a => a == "propose-decision"));
    }

    [Fact]
    public async Task Opinion_form_renders_as_pdf_and_docx()
    {
        var (id, task) = await AssignedAsync(50_000);
        await PassAsync(id, task);
        var reviewer = await _api.AsAsync("reviewer");

        var pdf = await reviewer.GetByteArrayAsync($"/api/legal-reviews/{task}/opinion.pdf");
        var docx = await reviewer.GetByteArrayAsync($"/api/legal-reviews/{task}/opinion.docx");

        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("法制审核意见表", xml);
        Assert.Contains("执法主体是否合法", xml);
        Assert.Contains("同意（审核通过）", xml);
        Assert.Equal(HttpStatusCode.BadRequest, (await reviewer.GetAsync($"/api/legal-reviews/{task}/opinion.txt")).StatusCode);
    }

    [Fact]
    public async Task County_user_cannot_see_city_reviews()
    {
        var (_, task) = await AssignedAsync(50_000);
        var county = await _api.AsAsync("luzhou.officer");

        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/api/legal-reviews/{task}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/legal-reviews/{task}")).StatusCode);
        var queue = await county.GetJsonAsync("/api/legal-reviews");
        Assert.DoesNotContain(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == task);
    }

    [Fact]
    public async Task Flowchart_comes_from_the_definition()
    {
        var reviewer = await _api.AsAsync("reviewer");

        var definition = await reviewer.GetJsonAsync("/api/legal-reviews/procedure");
        var page = await reviewer.GetStringAsync("/legal-reviews/flowchart");

        var actions = definition.GetProperty("transitions").EnumerateArray().Select(t => t.GetProperty("action").GetString()).ToList();
        Assert.Contains("request-re-review", actions);
        Assert.Equal(LegalReviewProcedure.Stages.Count, definition.GetProperty("stages").GetArrayLength());
        Assert.Contains("<svg", page);
        Assert.Contains("data-transition=\"record-review-ruling\"", page);
        Assert.Contains("仍有异议的，提请机关负责人或集体讨论决定", page);
    }

    private async Task PassAsync(Guid id, Guid task)
    {
        var passed = await PostAsync(await _api.AsAsync("reviewer"), $"/api/legal-reviews/{task}/opinion", id, CaseApiClient.Opinion("Pass", "事实清楚，证据确凿。"));
        Assert.Equal(HttpStatusCode.OK, passed.StatusCode);
    }

    private async Task<(Guid Case, Guid Task)> AssignedAsync(decimal fine)
    {
        var id = await ProposedAsync(fine);
        await _api.StepAsync("officer", id, "submit-legal-review", await _api.MaterialsAsync("officer", id));
        await _api.StepAsync("reviewer", id, "assign-legal-reviewer", new() { ["reviewerUserId"] = await _api.UserIdAsync("reviewer") });
        return (id, await TaskOfAsync(id));
    }

    private async Task<Guid> TaskOfAsync(Guid caseId)
    {
        var queue = await (await _api.AsAsync("reviewer")).GetJsonAsync("/api/legal-reviews?open=true");
        return queue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("caseId").GetGuid() == caseId).GetProperty("id").GetGuid();
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Guid caseId, Dictionary<string, object?> fields)
    {
        var version = (await _api.GetAsync("reviewer", caseId)).GetProperty("version").GetInt32();
        return await client.PostAsJsonAsync(url, new Dictionary<string, object?>(fields) { ["version"] = version });
    }

    private async Task GrantAsync(string userName, string role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ZhifaUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        if (!await users.IsInRoleAsync(user, role))
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }
    }

    private async Task<Guid> NotifiedAsync(decimal fine)
    {
        var id = await ProposedAsync(fine);
        await _api.StepAsync("officer", id, "serve-prior-notice");
        return id;
    }

    private async Task<Guid> ProposedAsync(decimal fine)
    {
        _api.SetToday(6, 1);
        var zhang = await _api.OfficerIdAsync("14040001");
        var li = await _api.OfficerIdAsync("14040002");
        var id = await _api.RegisterAsync("officer", new
        {
            procedure = "GeneralPenalty",
            matterId = await _api.MatterIdAsync("CZRF-CF-001"),
            title = "法制审核测试案",
            actDate = "2026-05-20",
            partyKind = "Unit",
            partyName = "测试（长治）样例有限公司",
            officerIds = new[] { zhang, li },
        });
        await _api.StepAsync("head", id, "approve-filing", new() { ["officerIds"] = new[] { zhang, li } });
        await _api.StepAsync("officer", id, "declare-recusal", new() { ["conflict"] = false });
        await _api.StepAsync("officer2", id, "declare-recusal", new() { ["conflict"] = false });
        await _api.StepAsync("officer", id, "start-investigation");
        await _api.StepAsync("officer", id, "propose-decision", Proposal(fine));
        return id;
    }

    private static Dictionary<string, object?> Proposal(decimal fine) => new()
    {
        ["outcome"] = "Penalty",
        ["penalties"] = "Warning, Fine",
        ["fineAmount"] = fine,
        ["facts"] = "当事人擅自拆除设置在其楼顶的人民防空警报设施。",
        ["evidence"] = "现场检查笔录、询问笔录、现场照片及视频。",
        ["legalBasis"] = "《中华人民共和国人民防空法》第四十九条第（五）项",
        ["discretionReason"] = "情节严重档：单位3.5万元至5万元。",
        ["correctionOrder"] = "责令限期恢复警报设施。",
    };
}
