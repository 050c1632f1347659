using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Publicity;

/// <summary>The HTTP client of the push dispatcher, kept apart from any other client in the container.</summary>
public sealed class WebhookHttp(HttpClient client)
{
    public HttpClient Client { get; } = client;
}

/// <summary>
/// Sends the outbox's events to the push targets: at least once, with exponential backoff, in order per
/// decision and target. A dispatcher claims a delivery with a lease (a conditional update that only one
/// dispatcher can win), so several dispatchers on one database never send the same row at once. Every try
/// sends the stored bytes with the same event id, which is also the idempotency key.
/// </summary>
public sealed partial class WebhookDispatcher(
    ZhifaDbContext db, WebhookHttp http, WebhookSettings settings, TimeProvider clock, ILogger<WebhookDispatcher> log)
{
    public const string SignatureHeader = "Zhifa-Signature";

    public const string TimestampHeader = "Zhifa-Timestamp";

    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>HMAC-SHA256 over the timestamp's ASCII digits followed by the exact body bytes, as lowercase hex.</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(timestamp);
        var stamp = Encoding.ASCII.GetBytes(timestamp);
        var message = new byte[stamp.Length + body.Length];
        stamp.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(stamp.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <summary>Claims and sends what is due now; returns how many deliveries were tried.</summary>
    public async Task<int> RunOnceAsync(string dispatcher, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.State == DeliveryState.Pending && d.NextAttemptAt <= now && d.LeaseUntil <= now)
            .OrderBy(d => d.EventId)
            .Take(50)
            .ToListAsync(ct);
        var tried = 0;
        foreach (var delivery in due)
        {
            // In order per decision: an earlier event of the same case for the same target goes first.
            var earlierOpen = await db.WebhookDeliveries.AnyAsync(
                d => d.Target == delivery.Target && d.CaseId == delivery.CaseId && d.CaseSequence < delivery.CaseSequence
                    && d.State != DeliveryState.Delivered,
                ct);
            if (earlierOpen)
            {
                continue;
            }

            var leaseUntil = now + settings.Lease;
            var claimed = await db.WebhookDeliveries
                .Where(d => d.Id == delivery.Id && d.State == DeliveryState.Pending && d.LeaseUntil <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, dispatcher).SetProperty(d => d.LeaseUntil, leaseUntil), ct);
            if (claimed != 1)
            {
                continue;
            }

            tried++;
            await SendAsync(delivery, dispatcher, ct);
        }

        return tried;
    }

    private async Task SendAsync(WebhookDeliveryRow delivery, string dispatcher, CancellationToken ct)
    {
        var target = settings.Targets.FirstOrDefault(t => t.Name == delivery.Target);
        var outbox = await db.OutboxEvents.AsNoTracking().FirstAsync(e => e.Id == delivery.EventId, ct);
        int? status = null;
        string? error = null;
        var watch = Stopwatch.StartNew();
        if (target?.Url is null)
        {
            error = $"The target '{delivery.Target}' is no longer configured.";
        }
        else
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(settings.RequestTimeout);
                var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                using var request = new HttpRequestMessage(HttpMethod.Post, target.Url);
                request.Content = new ByteArrayContent(outbox.Body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json") { CharSet = "utf-8" };
                request.Headers.Add(IdempotencyHeader, outbox.EventId.ToString());
                request.Headers.Add(TimestampHeader, timestamp);
                request.Headers.Add(SignatureHeader, Sign(target.Secret, timestamp, outbox.Body));
                using var response = await http.Client.SendAsync(request, timeout.Token);
                status = (int)response.StatusCode;
                if (!response.IsSuccessStatusCode)
                {
                    error = $"The receiver returned status {status}.";
                }
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                error = $"Timed out after {settings.RequestTimeout.TotalSeconds:0} s without a response.";
            }
            catch (HttpRequestException e)
            {
                error = e.Message;
            }
        }

        watch.Stop();
        var now = clock.GetUtcNow();
        var attempts = delivery.Attempts + 1;
        db.WebhookAttempts.Add(new WebhookAttemptRow
        {
            DeliveryId = delivery.Id,
            Attempt = attempts,
            Dispatcher = dispatcher,
            At = now,
            Status = status,
            Error = Truncate(error),
            DurationMs = (int)watch.ElapsedMilliseconds,
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        if (error is not null)
        {
            DeliveryFailed(log, delivery.Id, outbox.EventId, delivery.Target, attempts, error);
        }

        var state = error is null ? DeliveryState.Delivered : attempts >= settings.MaxAttempts ? DeliveryState.Dead : DeliveryState.Pending;
        var next = now + settings.RetryDelay(attempts);
        DateTimeOffset? deliveredAt = error is null ? now : null;
        await db.WebhookDeliveries
            .Where(d => d.Id == delivery.Id && d.LeaseOwner == dispatcher)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.State, state)
                    .SetProperty(d => d.Attempts, attempts)
                    .SetProperty(d => d.NextAttemptAt, next)
                    .SetProperty(d => d.LeaseUntil, now)
                    .SetProperty(d => d.LeaseOwner, (string?)null)
                    .SetProperty(d => d.LastStatus, status)
                    .SetProperty(d => d.LastError, Truncate(error))
                    .SetProperty(d => d.DeliveredAt, deliveredAt),
                ct);
    }

    [LoggerMessage(EventId = 701, Level = LogLevel.Warning,
        Message = "Push delivery {DeliveryId} of event {EventId} to {Target} failed on attempt {Attempt}: {Error}")]
    private static partial void DeliveryFailed(ILogger logger, Guid deliveryId, Guid eventId, string target, int attempt, string error);

    private static string? Truncate(string? text) => text is { Length: > 1000 } ? text[..1000] : text;
}
