using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Zhifa.Web.Tests.Publicity;

/// <summary>
/// A push receiver on 127.0.0.1, written apart from the product's code: it reads the raw body bytes, checks
/// the signature with a constant-time comparison, refuses a timestamp older than 5 minutes, and keeps each
/// event once by its idempotency key. <see cref="FailFirst"/> answers 500 to that many requests first;
/// <see cref="Delay"/> holds every answer, to act as a slow receiver.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public WebhookReceiver()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/hook/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }

    public string Secret { get; set; } = PublicityFactory.Secret;

    /// <summary>The clock the receiver checks timestamps against (the product's fake clock in tests).</summary>
    public Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;

    public int FailFirst { get; set; }

    public TimeSpan Delay { get; set; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>Events processed, by idempotency key: each key once, whatever the retries.</summary>
    public ConcurrentDictionary<string, byte[]> Processed { get; } = new();

    private int _count;

    public sealed record Received(string Key, byte[] Body, bool SignatureValid, int Answer);

    public void Reset(int failFirst = 0, TimeSpan delay = default)
    {
        Requests.Clear();
        Processed.Clear();
        _count = 0;
        FailFirst = failFirst;
        Delay = delay;
    }

    public static bool Verify(string secret, string? timestamp, string? signature, byte[] body, DateTimeOffset now)
    {
        if (timestamp is null || signature is null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        if (now - DateTimeOffset.FromUnixTimeSeconds(seconds) > TimeSpan.FromMinutes(5))
        {
            return false;
        }

        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var stamp = Encoding.ASCII.GetBytes(timestamp);
        hmac.TransformBlock(stamp, 0, stamp.Length, null, 0);
        hmac.TransformFinalBlock(body, 0, body.Length);
        var expected = Encoding.ASCII.GetBytes("sha256=" + Convert.ToHexStringLower(hmac.Hash!));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var key = context.Request.Headers["Idempotency-Key"] ?? "";
        var valid = Verify(Secret, context.Request.Headers["Zhifa-Timestamp"], context.Request.Headers["Zhifa-Signature"], body, Now());
        var n = Interlocked.Increment(ref _count);
        var answer = !valid ? 401 : n <= FailFirst ? 500 : 200;
        if (answer == 200)
        {
            Processed.TryAdd(key, body);
        }

        Requests.Enqueue(new Received(key, body, valid, answer));
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        try
        {
            context.Response.StatusCode = answer;
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The dispatcher gave up waiting; the answer has nowhere to go.
        }
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
        }
    }
}
