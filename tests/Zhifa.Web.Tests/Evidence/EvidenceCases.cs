using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Evidence;

/// <summary>Cases to attach evidence to, and the record entries written about them.</summary>
public static class EvidenceCases
{
    /// <summary>An inspection case of the city office, planned, both inspectors declared free of conflict.</summary>
    public static async Task<Guid> InspectionReadyAsync(CaseApiClient api)
    {
        var zhang = await api.OfficerIdAsync("14040001");
        var li = await api.OfficerIdAsync("14040002");
        var id = await api.RegisterAsync("officer", new
        {
            procedure = "Inspection",
            matterId = await api.MatterIdAsync("CZRF-JC-001"),
            title = "人防工程维护管理现场检查",
            partyKind = "Unit",
            partyName = "测试商场",
            officerIds = new[] { zhang, li },
        });
        await api.StepAsync("officer", id, "declare-recusal", new() { ["conflict"] = false });
        await api.StepAsync("officer2", id, "declare-recusal", new() { ["conflict"] = false });
        return id;
    }

    /// <summary>The actions of the record entries about the case, in order.</summary>
    public static async Task<List<(string Action, string Payload)>> EntriesAsync(ZhifaFactory factory, Guid caseId, string prefix)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        var subject = $"case/{caseId}";
        var rows = await db.LedgerEntries.AsNoTracking()
            .Where(e => e.Subject == subject && e.Action.StartsWith(prefix))
            .OrderBy(e => e.Index)
            .Select(e => new { e.Index, e.Action })
            .ToListAsync();
        var indexes = rows.Select(r => r.Index).ToList();
        var payloads = await db.LedgerPayloads.AsNoTracking().Where(p => indexes.Contains(p.EntryIndex)).ToDictionaryAsync(p => p.EntryIndex, p => p.Payload);
        return rows.Select(r => (r.Action, payloads.TryGetValue(r.Index, out var p) ? System.Text.Encoding.UTF8.GetString(p) : "")).ToList();
    }
}
