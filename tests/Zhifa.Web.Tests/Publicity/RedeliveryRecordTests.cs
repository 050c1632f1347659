using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Publicity;
using Zhifa.Infrastructure.Record;
using Zhifa.Web.Localization;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Publicity;

/// <summary>
/// An administrator's manual redelivery of a dead letter is one full-process record entry, written with the
/// requeue: who did it, the target by name only, the delivery, the event and its case, and the attempts
/// before the reset. A delivery that is not dead-lettered, or a user who is not an administrator, changes
/// nothing and adds no entry, and a failed record write leaves the delivery dead-lettered. Each test
/// dead-letters its delivery with a receiver on 127.0.0.1 that returns status 500 to all 5 allowed attempts.
/// </summary>
public sealed class RedeliveryRecordTests
{
    private const string Target = "credit-platform";

    [Fact]
    public async Task Api_redelivery_is_recorded_and_sent()
    {
        await using var factory = new PublicityFactory();
        var letter = await DeadLetterAsync(factory);
        var admin = await factory.SignedInAsync("admin");
        var before = await EntriesAsync(factory);

        var response = await admin.PostAsync($"/api/publicity/deliveries/{letter.DeliveryId}/redeliver", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Pending", body.GetProperty("state").GetString());
        var added = (await EntriesAsync(factory)).Skip(before.Count).ToList();
        var entry = Assert.Single(added);
        await AssertRedeliveryEntryAsync(factory, entry, letter);
        await AssertSentAgainAsync(factory, letter);
        await AssertRecordVerifiesAsync(factory);
    }

    [Fact]
    public async Task Page_redelivery_is_recorded_and_sent()
    {
        await using var factory = new PublicityFactory();
        var letter = await DeadLetterAsync(factory);
        var admin = await factory.SignedInAsync("admin");
        var before = await EntriesAsync(factory);

        var response = await admin.PostFormAsync($"/admin/deliveries?handler=Redeliver&id={letter.DeliveryId}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/deliveries?done=redelivered", response.Headers.Location?.OriginalString);
        var added = (await EntriesAsync(factory)).Skip(before.Count).ToList();
        var entry = Assert.Single(added);
        await AssertRedeliveryEntryAsync(factory, entry, letter);
        await AssertSentAgainAsync(factory, letter);
        await AssertRecordVerifiesAsync(factory);
    }

    [Fact]
    public async Task Verify_verb_passes_after_redelivery()
    {
        await using var store = new TestStore();
        long size;
        await using (var factory = new PublicityFactory(store))
        {
            var letter = await DeadLetterAsync(factory);
            var admin = await factory.SignedInAsync("admin");
            var response = await admin.PostAsync($"/api/publicity/deliveries/{letter.DeliveryId}/redeliver", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await AssertSentAgainAsync(factory, letter);
            await factory.SignCheckpointAsync();
            size = await factory.LedgerSizeAsync();
        }

        using var verify = await ZhifaProcess.RunVerbAsync(store, "verify", TimeSpan.FromMinutes(2));

        Assert.True(verify.ExitCode == 0, $"verify exited with {verify.ExitCode}: {verify.StandardError}");
        Assert.Contains(
            verify.StandardOutput.Split('\n'),
            line => line.StartsWith($"verify: OK: {size} entries, ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failed_record_append_keeps_dead_letter()
    {
        await using var factory = new PublicityFactory();
        var letter = await DeadLetterAsync(factory);
        var admin = await factory.SignedInAsync("admin");
        var before = await EntriesAsync(factory);

        // A stray payload row at the next entry index makes the append's payload insert violate the primary
        // key, so the record write fails after the requeue has run in the same transaction.
        var next = before[^1].Index + 1;
        await factory.WithDatabaseAsync(db =>
        {
            db.LedgerPayloads.Add(new LedgerPayloadRow { EntryIndex = next, Payload = [0x7B, 0x7D] });
            return db.SaveChangesAsync();
        });

        var response = await admin.PostAsync($"/api/publicity/deliveries/{letter.DeliveryId}/redeliver", null);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(before.Count, (await EntriesAsync(factory)).Count);
        var delivery = await DeliveryOfAsync(factory, letter.CaseId);
        Assert.Equal(DeliveryState.Dead, delivery.State);
        Assert.Equal(5, delivery.Attempts);
    }

    [Fact]
    public async Task Concurrent_redeliveries_record_once()
    {
        await using var factory = new PublicityFactory();
        var letter = await DeadLetterAsync(factory);
        var first = await factory.SignedInAsync("admin");
        var second = await factory.SignedInAsync("admin");
        var before = await EntriesAsync(factory);

        var responses = await Task.WhenAll(
            first.PostAsync($"/api/publicity/deliveries/{letter.DeliveryId}/redeliver", null),
            second.PostAsync($"/api/publicity/deliveries/{letter.DeliveryId}/redeliver", null));

        var statuses = responses.Select(r => r.StatusCode).Order().ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        var entry = Assert.Single((await EntriesAsync(factory)).Skip(before.Count));
        await AssertRedeliveryEntryAsync(factory, entry, letter);
        await AssertSentAgainAsync(factory, letter);
    }

    [Fact]
    public async Task Delivered_delivery_conflicts_without_entry()
    {
        await using var factory = new PublicityFactory();
        factory.Receiver.Now = () => factory.Clock.GetUtcNow();
        factory.Receiver.Reset();
        var caseId = await factory.SeedDecidedCaseAsync("已送达推送重复重发测试案");
        await PublicityFactory.PublishAsync(await factory.SignedInAsync("head"), caseId);
        await RunDispatcherAsync(factory);
        var delivery = await DeliveryOfAsync(factory, caseId);
        Assert.Equal(DeliveryState.Delivered, delivery.State);
        var admin = await factory.SignedInAsync("admin");
        var before = await EntriesAsync(factory);

        var api = await admin.PostAsync($"/api/publicity/deliveries/{delivery.Id}/redeliver", null);
        var page = await admin.PostFormAsync($"/admin/deliveries?handler=Redeliver&id={delivery.Id}", []);

        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("publicity.not_dead", problem.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Equal(before.Count, (await EntriesAsync(factory)).Count);
        var after = await DeliveryOfAsync(factory, caseId);
        Assert.Equal(DeliveryState.Delivered, after.State);
        Assert.Equal(1, after.Attempts);
        Assert.Single(factory.Receiver.Requests);
    }

    [Fact]
    public async Task Non_admin_is_forbidden_without_entry()
    {
        await using var factory = new PublicityFactory();
        var letter = await DeadLetterAsync(factory);
        var head = await factory.SignedInAsync("head");
        var before = await EntriesAsync(factory);

        var api = await head.PostAsync($"/api/publicity/deliveries/{letter.DeliveryId}/redeliver", null);
        var token = await HttpSession.AntiforgeryTokenAsync(head, "/publicity");
        var page = await head.PostAsync(
            $"/admin/deliveries?handler=Redeliver&id={letter.DeliveryId}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/denied", page.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(before.Count, (await EntriesAsync(factory)).Count);
        var delivery = await DeliveryOfAsync(factory, letter.CaseId);
        Assert.Equal(DeliveryState.Dead, delivery.State);
        Assert.Equal(5, delivery.Attempts);
    }

    [Fact]
    public void Record_action_has_labels()
    {
        var texts = new Texts();
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("手动重新推送公示信息", texts["record.action." + WebhookRedelivery.RedeliveredAction]);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("Publication push redelivered by hand", texts["record.action." + WebhookRedelivery.RedeliveredAction]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private sealed record DeadLetter(Guid CaseId, Guid DeliveryId, OutboxEventRow Event, Guid Organisation);

    /// <summary>Publishes a case and makes the receiver return 500 to all 5 attempts, so its delivery is dead.</summary>
    private static async Task<DeadLetter> DeadLetterAsync(PublicityFactory factory)
    {
        factory.Receiver.Now = () => factory.Clock.GetUtcNow();
        factory.Receiver.Reset(failFirst: 5);
        var caseId = await factory.SeedDecidedCaseAsync("推送死信手动重发测试案");
        await PublicityFactory.PublishAsync(await factory.SignedInAsync("head"), caseId);

        for (var round = 0; round < 5; round++)
        {
            await RunDispatcherAsync(factory);
            factory.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var delivery = await DeliveryOfAsync(factory, caseId);
        Assert.Equal(DeliveryState.Dead, delivery.State);
        Assert.Equal(5, delivery.Attempts);
        Assert.Equal(500, delivery.LastStatus);
        Assert.Equal(5, factory.Receiver.Requests.Count);
        Assert.All(factory.Receiver.Requests, r => Assert.Equal(500, r.Answer));
        Assert.Empty(factory.Receiver.Processed);

        return await factory.WithDatabaseAsync(async db => new DeadLetter(
            caseId,
            delivery.Id,
            await db.OutboxEvents.AsNoTracking().SingleAsync(e => e.Id == delivery.EventId),
            await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.OrganisationId).SingleAsync()));
    }

    private static async Task AssertRedeliveryEntryAsync(PublicityFactory factory, LedgerEntryRow entry, DeadLetter letter)
    {
        var adminId = await factory.WithDatabaseAsync(db => db.Users.AsNoTracking()
            .Where(u => u.UserName == "admin")
            .Select(u => u.Id)
            .SingleAsync());
        Assert.Equal("publicity.redelivered", entry.Action);
        Assert.Equal(adminId.ToString(), entry.Actor);
        Assert.Equal($"case/{letter.CaseId}", entry.Subject);
        Assert.Equal(letter.Organisation.ToString(), entry.Organisation);

        var bytes = await factory.WithDatabaseAsync(db => db.LedgerPayloads.AsNoTracking()
            .Where(p => p.EntryIndex == entry.Index)
            .Select(p => p.Payload)
            .SingleAsync());
        var text = Encoding.UTF8.GetString(bytes);
        var payload = JsonDocument.Parse(bytes).RootElement;
        Assert.Equal(letter.DeliveryId, payload.GetProperty("delivery").GetGuid());
        Assert.Equal(Target, payload.GetProperty("target").GetString());
        Assert.Equal(letter.Event.EventId, payload.GetProperty("eventId").GetGuid());
        Assert.Equal("cn.zhifa.publicity.published", payload.GetProperty("eventType").GetString());
        Assert.Equal(letter.CaseId, payload.GetProperty("caseId").GetGuid());
        Assert.Equal(1, payload.GetProperty("caseSequence").GetInt32());
        Assert.Equal(5, payload.GetProperty("attemptsBefore").GetInt32());
        Assert.Equal(500, payload.GetProperty("lastStatus").GetInt32());
        Assert.DoesNotContain(factory.Receiver.Url, text, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
        Assert.DoesNotContain(PublicityFactory.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("test-secret", text, StringComparison.Ordinal);
    }

    /// <summary>Checks that, after the redelivery, the receiver (now returning 200) gets the same event and bytes once.</summary>
    private static async Task AssertSentAgainAsync(PublicityFactory factory, DeadLetter letter)
    {
        var queued = await DeliveryOfAsync(factory, letter.CaseId);
        Assert.Equal(DeliveryState.Pending, queued.State);
        Assert.Equal(0, queued.Attempts);
        factory.Receiver.Reset();

        await RunDispatcherAsync(factory);

        var request = Assert.Single(factory.Receiver.Requests);
        Assert.Equal(letter.Event.EventId.ToString(), request.Key);
        Assert.Equal(letter.Event.Body, request.Body);
        Assert.True(request.SignatureValid);
        Assert.Equal(200, request.Answer);
        Assert.Equal(DeliveryState.Delivered, (await DeliveryOfAsync(factory, letter.CaseId)).State);
    }

    private static async Task AssertRecordVerifiesAsync(PublicityFactory factory)
    {
        await factory.SignCheckpointAsync();
        var report = await factory.VerifyLedgerAsync();
        Assert.Null(report.Failure);
        Assert.Equal(await factory.LedgerSizeAsync(), report.Entries);
    }

    private static Task<List<LedgerEntryRow>> EntriesAsync(PublicityFactory factory) =>
        factory.WithDatabaseAsync(db => db.LedgerEntries.AsNoTracking().OrderBy(e => e.Index).ToListAsync());

    private static Task<WebhookDeliveryRow> DeliveryOfAsync(PublicityFactory factory, Guid caseId) =>
        factory.WithDatabaseAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.CaseId == caseId && d.Target == Target));

    private static async Task RunDispatcherAsync(PublicityFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().RunOnceAsync("dispatcher-test", CancellationToken.None);
    }
}
