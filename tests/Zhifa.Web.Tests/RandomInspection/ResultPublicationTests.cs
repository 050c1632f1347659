using System.Net.Http.Json;
using System.Text.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.RandomInspection;

/// <summary>
/// An inspection's result is published like a decision, but within 20 working days (检查结果), and appears in
/// the open data as an inspection result. The result is recorded on Wednesday 2026-09-30, so the count runs
/// across the National Day holiday (10-01 to 10-07) and the adjusted working Saturday 10-10.
/// </summary>
public sealed class ResultPublicationTests
{
    [Fact]
    public async Task Inspection_result_is_published_within_twenty_working_days()
    {
        await using var factory = new ZhifaFactory();
        var api = new CaseApiClient(factory);
        api.SetToday(9, 30);
        var zhang = await api.OfficerIdAsync("14040001");
        var li = await api.OfficerIdAsync("14040002");
        var id = await api.RegisterAsync("officer", new
        {
            procedure = "Inspection",
            matterId = await api.MatterIdAsync("CZRF-JC-001"),
            title = "人防工程维护管理情况检查",
            source = "RandomInspection",
            partyKind = "Unit",
            partyName = "测试（长治）样例有限公司",
            partyIdNumber = "91140400MA0TEST01X",
            officerIds = new[] { zhang, li },
        });
        await api.StepAsync("officer", id, "declare-recusal", new() { ["conflict"] = false });
        await api.StepAsync("officer2", id, "declare-recusal", new() { ["conflict"] = false });
        await api.StepAsync("officer", id, "inspect", new() { ["findings"] = "人防工程防护设备完好，维护记录齐全。" });
        await api.StepAsync("officer", id, "record-result", new() { ["compliant"] = true });

        var head = await api.AsAsync("head");
        var preview = await head.GetFromJsonAsync<JsonElement>($"/api/publicity/cases/{id}/preview");

        Assert.Equal("InspectionResult", preview.GetProperty("draft").GetProperty("kind").GetString());
        // 20 working days after 09-30: 10-08 (1), 10-09 (2), 10-10 (3, the adjusted Saturday),
        // 10-12 … 10-16 (8), 10-19 … 10-23 (13), 10-26 … 10-30 (18), 11-02 (19), 11-03 (20).
        Assert.Equal("2026-11-03", preview.GetProperty("due").GetString());

        var response = await head.PostAsJsonAsync($"/api/publicity/cases/{id}/publish", new { digest = preview.GetProperty("digest").GetString() });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        var anonymous = factory.CreateClient();
        var published = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/publications/{id}");
        Assert.Equal("InspectionResult", published.GetProperty("kind").GetString());
        Assert.Contains("人防工程维护管理情况检查", await anonymous.GetStringAsync("/portal/decisions?q=" + Uri.EscapeDataString("维护管理")));
    }
}
