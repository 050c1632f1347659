using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Publicity;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Publicity;

/// <summary>
/// Noting that a published decision was revoked or the like (Administrative Penalty Law Art. 48): the notice,
/// the 3 working days counted from the event on the board, the withdrawal that takes its reason and day from
/// it, and the record entries of both. The suite's today is Monday 1 June 2026; the seeded decisions are of
/// Friday 29 May.
/// </summary>
public sealed class WithdrawalNoticeTests(PublicityFactory factory) : IClassFixture<PublicityFactory>
{
    private const string Authority = "长治市人民政府";
    private const string ReviewNumber = "长政复决字〔2026〕12号";

    [Fact]
    public async Task Noted_revocation_sets_withdrawal()
    {
        var id = await PublishedCaseAsync();
        var officer = await factory.SignedInAsync("officer");
        var head = await factory.SignedInAsync("head");

        var noted = await officer.PostAsJsonAsync(
            $"/api/publicity/cases/{id}/withdrawal-notice",
            new { reason = "Revoked", eventOn = "2026-05-29", authority = Authority, documentNumber = ReviewNumber });

        Assert.Equal(HttpStatusCode.OK, noted.StatusCode);
        var notice = await noted.Content.ReadFromJsonAsync<JsonElement>();
        // Friday 29 May: 1, 2 and 3 June are the three working days, two of them still ahead.
        Assert.Equal("2026-06-03", notice.GetProperty("due").GetString());
        Assert.Equal("DueSoon", notice.GetProperty("state").GetString());
        var due = await head.GetFromJsonAsync<JsonElement>("/api/publicity/withdrawals-due");
        Assert.Contains(due.EnumerateArray(), d => d.GetProperty("caseId").GetGuid() == id);

        var board = await head.GetStringAsync("/publicity");
        var section = PublicityPageTests.Section(board, "withdrawals-due");
        Assert.Contains($"<tr data-case=\"{id}\" data-state=\"DueSoon\" class=\"deadline-duesoon\">", section, StringComparison.Ordinal);
        Assert.Contains($"<td>{Authority} {ReviewNumber}</td>", section, StringComparison.Ordinal);
        Assert.Contains("2026-06-03（即将到期）", section, StringComparison.Ordinal);
        var page = await head.GetStringAsync($"/publicity/cases/{id}");
        Assert.Contains("data-deadline=\"withdraw\" data-state=\"DueSoon\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Revoked\" selected=\"selected\">该决定已被撤销</option>", page, StringComparison.Ordinal);
        Assert.Contains("<input type=\"date\" name=\"Form.EventOn\" value=\"2026-05-29\" />", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-action=\"note-withdrawal\"", page, StringComparison.Ordinal);

        var withdrawn = await head.PostAsJsonAsync($"/api/publicity/cases/{id}/withdraw", new { });

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var publication = await PublicationAsync(id);
        Assert.True(publication.Withdrawn);
        Assert.Equal($"该决定已被撤销（{Authority} {ReviewNumber}）", publication.WithdrawalNote);
        Assert.DoesNotContain(
            (await head.GetFromJsonAsync<JsonElement>("/api/publicity/withdrawals-due")).EnumerateArray(),
            d => d.GetProperty("caseId").GetGuid() == id);

        var entries = await EntriesAsync(id);
        var noteEntry = entries.Single(e => e.Action == WithdrawalNoticeService.NotedAction);
        Assert.Equal(await UserIdAsync("officer"), noteEntry.Actor);
        Assert.Equal("2026-06-03", noteEntry.Payload.GetProperty("withdrawDue").GetString());
        Assert.Equal(ReviewNumber, noteEntry.Payload.GetProperty("documentNumber").GetString());
        var details = entries.Single(e => e.Action == PublicationService.WithdrawnAction).Payload.GetProperty("details");
        Assert.Equal("2026-05-29", details.GetProperty("eventOn").GetString());
        Assert.False(details.GetProperty("late").GetBoolean());
        Assert.Equal(notice.GetProperty("id").GetGuid(), details.GetProperty("noticeId").GetGuid());
    }

    [Fact]
    public async Task Late_withdrawal_recorded_late()
    {
        var id = await PublishedCaseAsync(decidedOn: new DateOnly(2026, 5, 6));
        var officer = await factory.SignedInAsync("officer");
        var head = await factory.SignedInAsync("head");

        // Monday 11 May: due Thursday 14 May, long past.
        var noted = await officer.PostFormAsync(
            $"/publicity/cases/{id}?handler=NoteWithdrawal",
            [new("Form.NoticeReason", "ToBeMadeAnew"), new("Form.NoticeEventOn", "2026-05-11"), new("Form.Authority", "长治市中级人民法院"), new("Form.DocumentNumber", "（2026）晋04行终1号")]);

        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);
        Assert.Equal($"/publicity/cases/{id}?done=withdrawal-noted", noted.Headers.Location!.OriginalString);
        Assert.Contains(
            $"<tr data-case=\"{id}\" data-state=\"Overdue\" class=\"deadline-overdue\">",
            PublicityPageTests.Section(await head.GetStringAsync("/publicity"), "withdrawals-due"),
            StringComparison.Ordinal);
        var officerPage = await officer.GetStringAsync($"/publicity/cases/{id}");
        Assert.Contains("2026-05-14（已逾期）", officerPage, StringComparison.Ordinal);
        Assert.Contains("撤回公示由部门负责人或者机关负责人办理", officerPage, StringComparison.Ordinal);

        var withdrawn = await head.PostFormAsync(
            $"/publicity/cases/{id}?handler=Withdraw",
            [new("Form.Reason", "ToBeMadeAnew"), new("Form.Note", "王测试可拨打13912345678咨询"), new("Form.EventOn", "")]);

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(
            "该决定被责令重新作出（长治市中级人民法院 （2026）晋04行终1号）：王某某可拨打****咨询",
            (await PublicationAsync(id)).WithdrawalNote);
        var details = (await EntriesAsync(id)).Single(e => e.Action == PublicationService.WithdrawnAction).Payload.GetProperty("details");
        Assert.Equal("2026-05-11", details.GetProperty("eventOn").GetString());
        Assert.Equal("2026-05-14", details.GetProperty("withdrawDue").GetString());
        Assert.True(details.GetProperty("late").GetBoolean());
    }

    [Fact]
    public async Task Invalid_notice_rejected()
    {
        var id = await PublishedCaseAsync();
        var officer = await factory.SignedInAsync("officer");
        var before = (await EntriesAsync(id)).Count;

        Assert.Equal(["eventOn:publicity.event_in_future"], await FieldErrorsAsync(officer, id, new { reason = "Revoked", eventOn = "2026-06-02", authority = Authority, documentNumber = ReviewNumber }));
        Assert.Equal(["eventOn:publicity.event_before_decision"], await FieldErrorsAsync(officer, id, new { reason = "Revoked", eventOn = "2026-05-28", authority = Authority, documentNumber = ReviewNumber }));
        Assert.Equal(
            ["reason:publicity.reason_required", "eventOn:publicity.event_on_required", "authority:publicity.notice_field_required", "documentNumber:publicity.notice_field_required"],
            await FieldErrorsAsync(officer, id, new { }));

        var badDay = await officer.PostFormAsync(
            $"/publicity/cases/{id}?handler=NoteWithdrawal",
            [new("Form.NoticeReason", "Revoked"), new("Form.NoticeEventOn", "2026-06-02"), new("Form.Authority", Authority), new("Form.DocumentNumber", ReviewNumber)]);
        Assert.Equal(HttpStatusCode.BadRequest, badDay.StatusCode);
        var badPage = await badDay.Content.ReadAsStringAsync();
        Assert.Contains("<li>撤销等事由发生日期：事由发生日期2026-06-02晚于今天（2026-06-01），请在事由发生后登记</li>", badPage, StringComparison.Ordinal);
        Assert.Contains($"name=\"Form.DocumentNumber\" value=\"{ReviewNumber}\"", badPage, StringComparison.Ordinal);

        var supervisor = await factory.SignedInAsync("supervisor");
        var rejected = await supervisor.PostAsJsonAsync($"/api/publicity/cases/{id}/withdrawal-notice", Valid());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        Assert.Equal("publicity.notice_not_authorised", (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var county = await factory.SignedInAsync("luzhou.officer");
        Assert.Equal(HttpStatusCode.NotFound, (await county.PostAsJsonAsync($"/api/publicity/cases/{id}/withdrawal-notice", Valid())).StatusCode);
        Assert.DoesNotContain(id.ToString(), await county.GetStringAsync("/api/publicity/withdrawals-due"), StringComparison.Ordinal);
        var unpublished = await factory.SeedDecidedCaseAsync("未公示的案件");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsJsonAsync($"/api/publicity/cases/{unpublished}/withdrawal-notice", Valid())).StatusCode);
        Assert.Equal(before, (await EntriesAsync(id)).Count);

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/publicity/cases/{id}/withdrawal-notice", Valid())).StatusCode);
        var twice = await officer.PostAsJsonAsync($"/api/publicity/cases/{id}/withdrawal-notice", Valid());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("publicity.withdrawal_already_noted", (await twice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(before + 1, (await EntriesAsync(id)).Count);
    }

    [Fact]
    public async Task Notice_corrected_before_withdrawal()
    {
        var id = await PublishedCaseAsync();
        var officer = await factory.SignedInAsync("officer");
        var head = await factory.SignedInAsync("head");
        var first = await (await officer.PostAsJsonAsync($"/api/publicity/cases/{id}/withdrawal-notice", Valid())).Content.ReadFromJsonAsync<JsonElement>();
        var firstId = first.GetProperty("id").GetGuid();

        var again = await officer.PostAsJsonAsync($"/api/publicity/cases/{id}/withdrawal-notice", Valid());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains(firstId.ToString(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var page = await head.GetStringAsync($"/publicity/cases/{id}");
        Assert.Contains($"<input type=\"hidden\" name=\"Form.ReplacesNoticeId\" value=\"{firstId}\" />", page, StringComparison.Ordinal);
        var corrected = await head.PostFormAsync(
            $"/publicity/cases/{id}?handler=NoteWithdrawal",
            [new("Form.ReplacesNoticeId", firstId.ToString()), new("Form.NoticeReason", "Changed"), new("Form.NoticeEventOn", "2026-05-29"), new("Form.Authority", Authority), new("Form.DocumentNumber", "长政复决字〔2026〕13号")]);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);

        var stale = await officer.PostAsJsonAsync(
            $"/api/publicity/cases/{id}/withdrawal-notice",
            new { reason = "Revoked", eventOn = "2026-05-29", authority = Authority, documentNumber = ReviewNumber, replacesNoticeId = firstId });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("publicity.notice_outdated", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var due = Assert.Single(
            (await head.GetFromJsonAsync<JsonElement>("/api/publicity/withdrawals-due")).EnumerateArray(),
            d => d.GetProperty("caseId").GetGuid() == id);
        Assert.Equal("长政复决字〔2026〕13号", due.GetProperty("notice").GetProperty("documentNumber").GetString());
        Assert.Equal(firstId, due.GetProperty("notice").GetProperty("replacesNoticeId").GetGuid());

        var wrongReason = await head.PostAsJsonAsync($"/api/publicity/cases/{id}/withdraw", new { reason = "Revoked" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongReason.StatusCode);
        Assert.Contains("reason:publicity.reason_differs_from_notice", await FieldsAsync(wrongReason), StringComparer.Ordinal);
        var wrongDay = await head.PostAsJsonAsync($"/api/publicity/cases/{id}/withdraw", new { eventOn = "2026-06-01" });
        Assert.Contains("eventOn:publicity.event_differs_from_notice", await FieldsAsync(wrongDay), StringComparer.Ordinal);
        var unsafeNote = await head.PostAsJsonAsync($"/api/publicity/cases/{id}/withdraw", new { note = "见\u0000附件" });
        Assert.Contains("note:publicity.notice_field_unsafe", await FieldsAsync(unsafeNote), StringComparer.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await head.PostAsJsonAsync($"/api/publicity/cases/{id}/withdraw", new { reason = "Changed" })).StatusCode);
        Assert.Equal($"该决定已变更（{Authority} 长政复决字〔2026〕13号）", (await PublicationAsync(id)).WithdrawalNote);
        Assert.Equal(3, (await EntriesAsync(id)).Count(e => e.Action is WithdrawalNoticeService.NotedAction or PublicationService.WithdrawnAction));
    }

    [Fact]
    public async Task Withdrawal_without_notice_checks_day()
    {
        var id = await PublishedCaseAsync();
        var head = await factory.SignedInAsync("head");

        Assert.Equal(
            ["eventOn:publicity.event_in_future"],
            await FieldsAsync(await head.PostAsJsonAsync($"/api/publicity/cases/{id}/withdraw", new { reason = "Revoked", eventOn = "2026-06-02" })));
        Assert.Equal(
            ["eventOn:publicity.event_before_decision"],
            await FieldsAsync(await head.PostAsJsonAsync($"/api/publicity/cases/{id}/withdraw", new { reason = "Revoked", eventOn = "1999-01-01" })));
        Assert.False((await PublicationAsync(id)).Withdrawn);
    }

    [Fact]
    public async Task Withdrawn_decision_not_republished_unchanged()
    {
        var id = await PublishedCaseAsync();
        var head = await factory.SignedInAsync("head");
        Assert.Equal(HttpStatusCode.OK, (await head.PostAsJsonAsync($"/api/publicity/cases/{id}/withdraw", new { reason = "Revoked" })).StatusCode);

        var preview = await head.GetFromJsonAsync<JsonElement>($"/api/publicity/cases/{id}/preview");
        var again = await head.PostAsJsonAsync($"/api/publicity/cases/{id}/publish", new { digest = preview.GetProperty("digest").GetString() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal("publicity.withdrawn_unchanged", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var page = await head.GetStringAsync($"/publicity/cases/{id}");
        Assert.Contains("data-withdrawn-unchanged", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-action=\"publish\"", page, StringComparison.Ordinal);

        await factory.WithDatabaseAsync(async db =>
        {
            var c = await db.Cases.FirstAsync(x => x.Id == id);
            c.Decision.Number = "长人防罚〔2026〕重作1号";
            await db.SaveChangesAsync();
        });
        await PublicityFactory.PublishAsync(head, id);
        Assert.False((await PublicationAsync(id)).Withdrawn);
    }

    [Fact]
    public async Task Invisible_characters_rejected_feed_valid()
    {
        var id = await PublishedCaseAsync();
        var officer = await factory.SignedInAsync("officer");

        var fields = await FieldErrorsAsync(officer, id, new { reason = "Revoked", eventOn = "2026-06-01", authority = "长治市\u0000人民政府", documentNumber = "\u202e号21〔2026〕字决复政长" });

        Assert.Equal(["authority:publicity.notice_field_unsafe", "documentNumber:publicity.notice_field_unsafe"], fields);
        // A title stored before input was checked: the feed drops the character and stays well-formed XML.
        var old = await factory.SeedDecidedCaseAsync("王测试擅自拆除\u0001人防工程设备案");
        await PublicityFactory.PublishAsync(await factory.SignedInAsync("head"), old);
        var atom = await factory.CreateClient().GetStringAsync("/api/public/publications/feed.atom");
        var feed = System.Xml.Linq.XDocument.Parse(atom);
        Assert.Contains(feed.Descendants(), e => e.Name.LocalName == "title" && e.Value.Contains("擅自拆除人防工程设备案", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Due_list_and_preview_refuse_other_roles()
    {
        var id = await PublishedCaseAsync();
        foreach (var user in new[] { "reviewer", "legal", "admin" })
        {
            var client = await factory.SignedInAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/publicity/withdrawals-due")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/publicity/cases/{id}/preview")).StatusCode);
        }
    }

    private static async Task<string[]> FieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. problem.GetProperty("errors").EnumerateArray().Select(e => $"{e.GetProperty("field").GetString()}:{e.GetProperty("code").GetString()}")];
    }

    private static object Valid() => new { reason = "DeclaredVoid", eventOn = "2026-06-01", authority = Authority, documentNumber = ReviewNumber, note = "经复议确认无效" };

    private static async Task<string[]> FieldErrorsAsync(HttpClient client, Guid id, object body) =>
        await FieldsAsync(await client.PostAsJsonAsync($"/api/publicity/cases/{id}/withdrawal-notice", body));

    private async Task<Guid> PublishedCaseAsync(DateOnly? decidedOn = null)
    {
        var id = await factory.SeedDecidedCaseAsync("王测试擅自拆除人防工程防护设备案");
        if (decidedOn is { } day)
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
            var c = await db.Cases.FirstAsync(x => x.Id == id);
            c.Decision.DecidedOn = day;
            c.LastEffectiveOn = day;
            await db.SaveChangesAsync();
        }

        await PublicityFactory.PublishAsync(await factory.SignedInAsync("head"), id);
        return id;
    }

    private async Task<PublicationRow> PublicationAsync(Guid id) =>
        await factory.WithDatabaseAsync(db => db.Publications.AsNoTracking().FirstAsync(p => p.CaseId == id));

    private async Task<string> UserIdAsync(string userName) =>
        await factory.WithDatabaseAsync(async db => (await db.Users.AsNoTracking().FirstAsync(u => u.UserName == userName)).Id.ToString());

    private async Task<List<(string Action, string Actor, JsonElement Payload)>> EntriesAsync(Guid id) =>
        await factory.WithDatabaseAsync(async db =>
        {
            var rows = await db.LedgerEntries.AsNoTracking()
                .Where(e => e.Subject == $"case/{id}")
                .Join(db.LedgerPayloads.AsNoTracking(), e => e.Index, p => p.EntryIndex, (e, p) => new { e.Index, e.Action, e.Actor, p.Payload })
                .OrderBy(e => e.Index)
                .ToListAsync();
            return rows.Select(r => (r.Action, r.Actor, JsonDocument.Parse(r.Payload).RootElement)).ToList();
        });
}
