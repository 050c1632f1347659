using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Web.Tests.Support;

/// <summary>Drives cases through /api/cases as a mobile app would: one signed-in client per demo user.</summary>
public sealed class CaseApiClient(ZhifaFactory factory)
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    public async Task<HttpClient> AsAsync(string user)
    {
        if (!_clients.TryGetValue(user, out var client))
        {
            client = await factory.SignedInAsync(user);
            _clients[user] = client;
        }

        return client;
    }

    public async Task<Guid> OfficerIdAsync(string certificate)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        return (await db.Officers.AsNoTracking().SingleAsync(o => o.CertificateNumber == certificate)).Id;
    }

    public async Task<Guid> MatterIdAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        return (await db.Matters.AsNoTracking().SingleAsync(m => m.Code == code)).Id;
    }

    public async Task<Guid> UserIdAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        return (await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName)).Id;
    }

    /// <summary>The materials of a legal review submission, each referring to the case's latest step.</summary>
    public async Task<Dictionary<string, object?>> MaterialsAsync(string user, Guid id)
    {
        var c = await GetAsync(user, id);
        var last = c.GetProperty("history").EnumerateArray().Last().GetProperty("sequence").GetInt32();
        var kinds = new List<string> { "ProposedDecision", "InvestigationReport", "EvidenceList", "DiscretionReasoning" };
        if (c.GetProperty("notice").GetProperty("servedOn").ValueKind != JsonValueKind.Null)
        {
            kinds.Add("StatementAndDefence");
        }

        if (c.GetProperty("hearing").GetProperty("heldOn").ValueKind != JsonValueKind.Null)
        {
            kinds.Add("HearingRecord");
        }

        return new() { ["materials"] = kinds.Select(k => new { kind = k, reference = $"step:{last}" }).ToList() };
    }

    /// <summary>An opinion with a satisfied finding on every review point.</summary>
    public static Dictionary<string, object?> Opinion(string outcome, string? opinion) => new()
    {
        ["reviewOutcome"] = outcome,
        ["opinion"] = opinion,
        ["reviewPoints"] = Zhifa.Domain.LegalReview.ReviewPoints.All
            .Select(p => new { point = Zhifa.Domain.LegalReview.ReviewPoints.Code(p), finding = "Satisfied" })
            .ToList(),
    };

    /// <summary>Submits the case for legal review, assigns the demo reviewer and records <paramref name="outcome"/>.</summary>
    public async Task ReviewAsync(Guid id, string outcome, string opinion)
    {
        await StepAsync("officer", id, "submit-legal-review", await MaterialsAsync("officer", id));
        await StepAsync("reviewer", id, "assign-legal-reviewer", new() { ["reviewerUserId"] = await UserIdAsync("reviewer") });
        await StepAsync("reviewer", id, "record-legal-review", Opinion(outcome, opinion));
    }

    /// <summary>Registers a case as <paramref name="user"/> and returns its id.</summary>
    public async Task<Guid> RegisterAsync(string user, object body)
    {
        var response = await (await AsAsync(user)).PostAsJsonAsync("/api/cases", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Registration failed: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> GetAsync(string user, Guid id)
    {
        var response = await (await AsAsync(user)).GetAsync($"/api/cases/{id}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET case failed: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Posts an action with the case's current version merged into <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> ActAsync(string user, Guid id, string action, Dictionary<string, object?>? fields = null)
    {
        var version = (await GetAsync(user, id)).GetProperty("version").GetInt32();
        var body = new Dictionary<string, object?>(fields ?? []) { ["version"] = version };
        return await (await AsAsync(user)).PostAsJsonAsync($"/api/cases/{id}/actions/{action}", body);
    }

    /// <summary>Posts an action that must succeed, with the response body in the failure message.</summary>
    public async Task StepAsync(string user, Guid id, string action, Dictionary<string, object?>? fields = null)
    {
        var response = await ActAsync(user, id, action, fields);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{action} failed: {(int)response.StatusCode} {text}");
    }

    /// <summary>
    /// Moves the fake clock to 10:00 in China on the given day. Sign-in cookies expire by the same clock, so
    /// every user signs in again afterwards.
    /// </summary>
    public void SetToday(int month, int day, int year = 2026)
    {
        factory.Clock.SetUtcNow(new DateTimeOffset(year, month, day, 2, 0, 0, TimeSpan.Zero));
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _clients.Clear();
    }
}
