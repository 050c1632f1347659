using System.Net;
using System.Text.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Cases;

/// <summary>
/// Tests for forms sent twice or rejected. A registration form posted twice, also at the same moment,
/// registers one case. A step posted twice is reported as already done, and a rejected step keeps its input.
/// </summary>
public sealed class ResubmittedFormTests
{
    [Fact]
    public async Task Registration_posted_twice_registers_once()
    {
        await using var factory = new ZhifaFactory();
        var api = new CaseApiClient(factory);
        var officer = await api.AsAsync("officer");
        var fields = await RegistrationFieldsAsync(api, officer, "重复提交测试案");

        // A double click: both posts at once, with the same form.
        var first = officer.PostAsync("/cases/new", new FormUrlEncodedContent(fields));
        var second = officer.PostAsync("/cases/new", new FormUrlEncodedContent(fields));
        var responses = await Task.WhenAll(first, second);

        // The back button and a resend, later.
        var third = await officer.PostAsync("/cases/new", new FormUrlEncodedContent(fields));

        Assert.All(responses.Append(third), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Append(third).Select(r => r.Headers.Location!.ToString()).Distinct());
        Assert.Equal(1, await CountAsync(officer, "重复提交测试案"));
    }

    [Fact]
    public async Task New_form_registers_a_new_case()
    {
        await using var factory = new ZhifaFactory();
        var api = new CaseApiClient(factory);
        var officer = await api.AsAsync("officer");

        var once = await officer.PostAsync("/cases/new", new FormUrlEncodedContent(await RegistrationFieldsAsync(api, officer, "两次登记测试案")));
        var again = await officer.PostAsync("/cases/new", new FormUrlEncodedContent(await RegistrationFieldsAsync(api, officer, "两次登记测试案")));

        Assert.NotEqual(once.Headers.Location, again.Headers.Location);
        Assert.Equal(2, await CountAsync(officer, "两次登记测试案"));
    }

    [Fact]
    public async Task Step_posted_twice_reports_done()
    {
        await using var factory = new ZhifaFactory();
        var api = new CaseApiClient(factory);
        var id = await RegisterAsync(api);
        var head = await api.AsAsync("head");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.Version", "1"),
            new("Form.OfficerIds", (await api.OfficerIdAsync("14040001")).ToString()),
            new("Form.OfficerIds", (await api.OfficerIdAsync("14040002")).ToString()),
            new("__RequestVerificationToken", await HttpSession.AntiforgeryTokenAsync(head, $"/cases/{id}")),
        };

        var first = await head.PostAsync($"/cases/{id}?action=approve-filing", new FormUrlEncodedContent(fields));
        var second = await head.PostAsync($"/cases/{id}?action=approve-filing", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains("该环节已经办理（可能是重复提交）", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejected_step_keeps_typed_values()
    {
        await using var factory = new ZhifaFactory();
        var api = new CaseApiClient(factory);
        var id = await RegisterAsync(api);
        var zhang = await api.OfficerIdAsync("14040001");
        var li = await api.OfficerIdAsync("14040002");
        await api.StepAsync("head", id, "approve-filing", new() { ["officerIds"] = new[] { zhang, li } });
        await api.StepAsync("officer", id, "declare-recusal", new() { ["conflict"] = false });
        await api.StepAsync("officer2", id, "declare-recusal", new() { ["conflict"] = false });
        await api.StepAsync("officer", id, "start-investigation");
        var officer = await api.AsAsync("officer");
        var version = (await api.GetAsync("officer", id)).GetProperty("version").GetInt32();

        // A fine that is not a number: the refusal must not empty the facts and the choices typed with it.
        var response = await officer.PostFormAsync($"/cases/{id}?action=propose-decision",
        [
            new("Form.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Form.EffectiveOn", "2026-06-01"),
            new("Form.Outcome", "Penalty"),
            new("Form.Penalties", "Warning"),
            new("Form.Penalties", "Fine"),
            new("Form.FineAmount", "五万"),
            new("Form.Facts", "当事人擅自拆除<警报设施>。"),
        ]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("当事人擅自拆除&lt;警报设施&gt;。</textarea>", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.FineAmount\" value=\"五万\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.EffectiveOn\" value=\"2026-06-01\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Fine\" checked=\"checked\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Penalty\" selected=\"selected\"", page, StringComparison.Ordinal);
    }

    private static async Task<Guid> RegisterAsync(CaseApiClient api)
    {
        api.SetToday(6, 1);
        return await api.RegisterAsync("officer", new
        {
            procedure = "GeneralPenalty",
            matterId = await api.MatterIdAsync("CZRF-CF-001"),
            title = "重复提交测试案",
            partyKind = "Unit",
            partyName = "测试单位",
        });
    }

    /// <summary>The registration form's fields as the page issued them, with its submission id and token.</summary>
    private static async Task<List<KeyValuePair<string, string>>> RegistrationFieldsAsync(CaseApiClient api, HttpClient officer, string title)
    {
        var page = await officer.GetStringAsync("/cases/new");
        var submission = System.Text.RegularExpressions.Regex.Match(page, "name=\"SubmissionId\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        Assert.True(Guid.TryParse(submission, out _), "The registration form has no submission id.");
        return
        [
            new("SubmissionId", submission),
            new("Form.Procedure", "GeneralPenalty"),
            new("Form.MatterId", (await api.MatterIdAsync("CZRF-CF-001")).ToString()),
            new("Form.Title", title),
            new("Form.PartyKind", "Unit"),
            new("Form.PartyName", "长治市测试建材有限公司"),
            new("__RequestVerificationToken", await HttpSession.AntiforgeryTokenAsync(officer, "/cases/new")),
        ];
    }

    private static async Task<int> CountAsync(HttpClient officer, string title)
    {
        var list = JsonDocument.Parse(await officer.GetStringAsync($"/api/cases?search={Uri.EscapeDataString(title)}")).RootElement;
        return list.GetProperty("total").GetInt32();
    }
}
