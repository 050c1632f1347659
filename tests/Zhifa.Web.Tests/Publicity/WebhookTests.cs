using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Publicity;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Publicity;

/// <summary>
/// Push delivery to a receiver on 127.0.0.1: retries with the same event id and bytes, order per decision,
/// signatures over the exact bytes (FC-32), one dispatcher per row and the dead-letter list (FC-33).
/// </summary>
public sealed class WebhookTests
{
    [Fact]
    public async Task Receiver_failing_three_times_gets_each_event_once_in_order_with_valid_signature()
    {
        await using var factory = new PublicityFactory();
        factory.Receiver.Now = () => factory.Clock.GetUtcNow();
        factory.Receiver.Reset(failFirst: 3);

        // FC-32: Chinese text, an emoji, an escape character and a closing script tag in the payload.
        var title = "现场照片📷\u001B</script>擅自拆除人防工程案";
        var id = await factory.SeedDecidedCaseAsync(title);
        var head = await factory.SignedInAsync("head");
        await PublicityFactory.PublishAsync(head, id);
        var withdraw = await head.PostAsJsonAsync($"/api/publicity/cases/{id}/withdraw", new { reason = "ConfirmedUnlawful" });
        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);

        for (var round = 0; round < 8; round++)
        {
            await RunDispatcherAsync(factory, "dispatcher-a");
            factory.Clock.Advance(TimeSpan.FromMinutes(2));
        }

        var stored = await OutboxAsync(factory, id);
        Assert.Equal(2, stored.Count);
        var requests = factory.Receiver.Requests.ToList();
        Assert.All(requests, r => Assert.True(r.SignatureValid));
        Assert.Equal(5, requests.Count); // 3 failures and the success of the first event, then the second event
        Assert.Equal(4, requests.Count(r => r.Key == stored[0].EventId.ToString()));
        Assert.All(requests.Where(r => r.Key == stored[0].EventId.ToString()), r => Assert.Equal(stored[0].Body, r.Body));
        Assert.Equal(2, factory.Receiver.Processed.Count);
        Assert.Equal(stored[1].Body, factory.Receiver.Processed[stored[1].EventId.ToString()]);

        // In order: the withdrawal was not sent before the publication was delivered.
        var answered = requests.Where(r => r.Answer == 200).ToList();
        Assert.Equal(2, answered.Count);
        var firstWithdrawal = requests.FindIndex(r => r.Key == stored[1].EventId.ToString());
        var publicationDelivered = requests.FindIndex(r => r.Key == stored[0].EventId.ToString() && r.Answer == 200);
        Assert.True(firstWithdrawal > publicationDelivered);

        // The payload round-trips: the receiver reads back exactly the masked title with its emoji and control character.
        var received = JsonDocument.Parse(factory.Receiver.Processed[stored[0].EventId.ToString()]).RootElement;
        Assert.Equal("1.0", received.GetProperty("specversion").GetString());
        Assert.Equal(title, received.GetProperty("data").GetProperty("title").GetString());
        Fc26.AssertNoOriginals(Encoding.UTF8.GetString(stored[0].Body));
        Fc26.AssertNoOriginals(Encoding.UTF8.GetString(stored[1].Body));
        var withdrawal = JsonDocument.Parse(stored[1].Body).RootElement;
        Assert.Equal("cn.zhifa.publicity.withdrawn", withdrawal.GetProperty("type").GetString());
    }

    [Fact]
    public void Signature_is_over_timestamp_and_exact_bytes()
    {
        var body = Encoding.UTF8.GetBytes("{\"当事人\":\"王某某\",\"备注\":\"现场照片📷\",\"x\":\"\\u001B</script>\"}");
        var signature = WebhookDispatcher.Sign("s3cret", "1780000000", body);

        Assert.True(WebhookReceiver.Verify("s3cret", "1780000000", signature, body, DateTimeOffset.FromUnixTimeSeconds(1780000100)));
        Assert.False(WebhookReceiver.Verify("s3cret", "1780000000", signature, body, DateTimeOffset.FromUnixTimeSeconds(1780000000 + 301)));
        var lowercased = Encoding.UTF8.GetBytes("{\"当事人\":\"王某某\",\"备注\":\"现场照片📷\",\"x\":\"\\u001b</script>\"}");
        Assert.False(WebhookReceiver.Verify("s3cret", "1780000000", signature, lowercased, DateTimeOffset.FromUnixTimeSeconds(1780000100)));
    }

    [Fact]
    public async Task Slow_receiver_three_dispatchers_one_sender_then_dead_letter_and_redelivery()
    {
        await using var factory = new PublicityFactory();
        factory.Receiver.Now = () => factory.Clock.GetUtcNow();
        factory.Receiver.Reset(delay: TimeSpan.FromSeconds(3)); // answers after the 2 s timeout

        var id = await factory.SeedDecidedCaseAsync("慢速接收测试人防工程案");
        var head = await factory.SignedInAsync("head");
        await PublicityFactory.PublishAsync(head, id);

        for (var round = 0; round < 5; round++)
        {
            await Task.WhenAll(
                RunDispatcherAsync(factory, "dispatcher-1"),
                RunDispatcherAsync(factory, "dispatcher-2"),
                RunDispatcherAsync(factory, "dispatcher-3"));
            Assert.Equal(round + 1, factory.Receiver.Requests.Count);
            factory.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var stored = Assert.Single(await OutboxAsync(factory, id));
        Assert.All(factory.Receiver.Requests, r => Assert.Equal(stored.EventId.ToString(), r.Key));
        Assert.All(factory.Receiver.Requests, r => Assert.Equal(stored.Body, r.Body));
        Assert.Single(factory.Receiver.Processed);

        var admin = await factory.SignedInAsync("admin");
        var dead = await admin.GetFromJsonAsync<JsonElement>("/api/publicity/deliveries?state=Dead");
        var letter = Assert.Single(dead.EnumerateArray(), d => d.GetProperty("caseId").GetGuid() == id);
        Assert.Equal(5, letter.GetProperty("attempts").GetInt32());
        var deliveryId = letter.GetProperty("id").GetGuid();
        var attempts = await admin.GetFromJsonAsync<JsonElement>($"/api/publicity/deliveries/{deliveryId}/attempts");
        Assert.Equal(5, attempts.GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync("/api/publicity/deliveries?state=Dead")).StatusCode);

        factory.Receiver.Reset();
        var redeliver = await admin.PostAsync($"/api/publicity/deliveries/{deliveryId}/redeliver", null);
        Assert.Equal(HttpStatusCode.OK, redeliver.StatusCode);
        await RunDispatcherAsync(factory, "dispatcher-1");

        var request = Assert.Single(factory.Receiver.Requests);
        Assert.Equal(stored.EventId.ToString(), request.Key);
        Assert.Equal(stored.Body, request.Body);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        Assert.Equal(DeliveryState.Delivered, (await db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.Id == deliveryId)).State);
    }

    private static async Task RunDispatcherAsync(PublicityFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().RunOnceAsync(name, CancellationToken.None);
    }

    private static async Task<List<OutboxEventRow>> OutboxAsync(PublicityFactory factory, Guid caseId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        return await db.OutboxEvents.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.CaseSequence).ToListAsync();
    }
}
