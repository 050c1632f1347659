using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Domain.Cases;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Publicity;

/// <summary>
/// The platform with one push target, the webhook receiver of the test on 127.0.0.1; the hosted dispatcher is
/// off, so the tests run dispatch rounds themselves and move the fake clock past the backoff.
/// </summary>
public sealed class PublicityFactory : ZhifaFactory
{
    public const string Secret = "test-secret-不可外传";

    public PublicityFactory()
    {
    }

    /// <summary>
    /// Opens the platform on <paramref name="store"/>, which outlives this host, so a verb can run on it later.
    /// Internal because a class fixture must have exactly one public constructor.
    /// </summary>
    internal PublicityFactory(TestStore store)
        : base(store?.DataDirectory ?? throw new ArgumentNullException(nameof(store)), store.DatabaseName, ownsData: false)
    {
    }

    public WebhookReceiver Receiver { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Publicity:Webhooks:Dispatch", "false");
        builder.UseSetting("Publicity:Webhooks:Targets:0:Name", "credit-platform");
        builder.UseSetting("Publicity:Webhooks:Targets:0:Url", Receiver.Url);
        builder.UseSetting("Publicity:Webhooks:Targets:0:Secret", Secret);
        builder.UseSetting("Publicity:Webhooks:FirstRetryDelay", "00:00:10");
        builder.UseSetting("Publicity:Webhooks:RequestTimeout", "00:00:02");
        builder.UseSetting("Publicity:Webhooks:Lease", "00:00:30");
        builder.UseSetting("Publicity:Webhooks:MaxAttempts", "5");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Receiver.Dispose();
    }

    /// <summary>
    /// Stores a decided case of the demo city office for FC-26's party: the case's facts hold the raw ID number,
    /// phone and address, which no published form may contain.
    /// </summary>
    public Task<Guid> SeedDecidedCaseAsync(string title, string partyName = "王测试", PartyKind kind = PartyKind.Individual) =>
        SeedDecidedCaseAsync(this, title, partyName, kind);

    /// <summary>Stores a decided case (see the overload) through any factory's services.</summary>
    public static async Task<Guid> SeedDecidedCaseAsync(ZhifaFactory factory, string title, string partyName = "王测试", PartyKind kind = PartyKind.Individual)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        var head = await db.Users.AsNoTracking().FirstAsync(u => u.UserName == "head");
        var matter = await db.Matters.AsNoTracking().FirstAsync(m => m.Code == "CZRF-CF-001");
        var id = Guid.CreateVersion7();
        db.Cases.Add(new EnforcementCase
        {
            Id = id,
            OrganisationId = head.OrganisationId,
            Number = $"长人防立〔2026〕{Random.Shared.Next(100, 100_000)}号",
            Procedure = ProcedureKind.GeneralPenalty,
            Stage = CaseStage.Decided,
            MatterId = matter.Id,
            Title = title,
            RegisteredOn = new DateOnly(2026, 5, 1),
            FiledOn = new DateOnly(2026, 5, 2),
            Party = new Party
            {
                Kind = kind,
                Name = partyName,
                IdNumber = Fc26.Id,
                Telephone = Fc26.Phone,
                Address = Fc26.Address,
            },
            Proposal = new Proposal
            {
                Outcome = DecisionOutcome.Penalty,
                Penalties = PenaltyKinds.Fine,
                FineAmount = 5000m,
                Facts = $"经查，{partyName}（公民身份号码{Fc26.Id}，联系电话{Fc26.Phone}，住所{Fc26.Address}）擅自拆除人防工程防护设备。",
                LegalBasis = "《中华人民共和国人民防空法》第四十九条",
            },
            Decision = new DecisionFacts { DecidedOn = new DateOnly(2026, 5, 29), Number = $"长人防罚〔2026〕{Random.Shared.Next(100, 100_000)}号" },
            LastEffectiveOn = new DateOnly(2026, 5, 29),
            UpdatedAt = Now,
        });
        await db.SaveChangesAsync();
        return id;
    }

    public static async Task<JsonElement> PublishAsync(HttpClient head, Guid id)
    {
        var preview = await head.GetFromJsonAsync<JsonElement>($"/api/publicity/cases/{id}/preview");
        var response = await head.PostAsJsonAsync($"/api/publicity/cases/{id}/publish", new { digest = preview.GetProperty("digest").GetString() });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

/// <summary>FC-26's raw party data.</summary>
internal static class Fc26
{
    public const string Id = "11010519491231002X";
    public const string Phone = "13800000000";
    public const string Address = "测试市测试区样例路1号";

    public static void AssertNoOriginals(string text)
    {
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
        Assert.DoesNotContain(Id, compact, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("11010519491231002", compact, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, compact, StringComparison.Ordinal);
        Assert.DoesNotContain("王测试", compact, StringComparison.Ordinal);
        Assert.DoesNotContain("样例路1号", compact, StringComparison.Ordinal);
        // JSON may escape non-ASCII; check the escaped form of the name too.
        Assert.DoesNotContain("\\u738B\\u6D4B\\u8BD5", compact, StringComparison.OrdinalIgnoreCase);
    }
}
