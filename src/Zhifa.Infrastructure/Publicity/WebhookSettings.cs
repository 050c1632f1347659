namespace Zhifa.Infrastructure.Publicity;

/// <summary>
/// The push targets (section <c>Publicity:Webhooks</c>): each external platform with its URL and shared secret,
/// and how the dispatcher retries.
/// </summary>
public sealed class WebhookSettings
{
    public List<WebhookTarget> Targets { get; set; } = [];

    /// <summary>Attempts before an event goes to the dead-letter list.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry waits this long; each next one twice as long.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A receiver that has not answered within this time counts as failed; the event is retried.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a dispatcher holds a claimed delivery; longer than the request timeout.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether this host runs a dispatcher; several hosts may, leases keep them apart.</summary>
    public bool Dispatch { get; set; } = true;

    public TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Max(0, attempts - 1));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstRetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay;
    }
}

public sealed class WebhookTarget
{
    public string Name { get; set; } = "";

    public Uri? Url { get; set; }

    public string Secret { get; set; } = "";
}
