using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Zhifa.Infrastructure.Demo;

namespace Zhifa.Web.Cli.DemoMonth;

/// <summary>
/// The platform's public HTTP API as the staff use it: one signed-in session (cookie) per demo user. A request
/// that fails ends the scenario with the platform's problem detail.
/// </summary>
internal sealed class PlatformClient(Uri baseAddress) : IDisposable
{
    private readonly Dictionary<string, HttpClient> _sessions = [];

    public Uri BaseAddress { get; } = baseAddress;

    /// <summary>Sign-ins made so far; each one adds a record entry.</summary>
    public int SignIns { get; private set; }

    /// <summary>Checks that GET /health returns 200, so a wrong URL fails before anything is written.</summary>
    public async Task CheckHealthAsync()
    {
        using var client = NewClient();
        HttpResponseMessage response;
        try
        {
            response = await client.GetAsync("/health");
        }
        catch (HttpRequestException e)
        {
            throw new DemoMonthException(
                $"cannot reach the platform at {BaseAddress}: {Reason(e)}; start it with \"dotnet run --project src/Zhifa.Web\" or pass --url.",
                69);
        }
        catch (TaskCanceledException)
        {
            throw new DemoMonthException($"the platform at {BaseAddress} did not respond within 30 s (timed out); check that it is running and the --url.", 69);
        }

        using (response)
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new DemoMonthException(
                    $"the platform at {BaseAddress} is not ready: GET /health returned {(int)response.StatusCode}.", 69);
            }
        }
    }

    /// <summary>Returns the session of <paramref name="user"/>, signing in with the demo password first.</summary>
    public async Task<HttpClient> AsAsync(string user)
    {
        if (_sessions.TryGetValue(user, out var session))
        {
            return session;
        }

        session = NewClient();
        using var login = await session.PostAsJsonAsync("/api/auth/login", new { userName = user, password = DemoUsers.Password });
        if (login.StatusCode != HttpStatusCode.NoContent)
        {
            session.Dispose();
            throw new DemoMonthException(
                $"signing in as \"{user}\" with the demo password failed ({(int)login.StatusCode}); demo month needs a platform " +
                "with the demo agency loaded (\"demo load\" or Zhifa__LoadDemo=true).",
                77);
        }

        SignIns++;
        _sessions[user] = session;
        return session;
    }

    public async Task<JsonElement> GetAsync(string user, string path)
    {
        var session = await AsAsync(user);
        using var response = await session.GetAsync(path);
        return await ReadAsync(response, "GET", path);
    }

    public async Task<JsonElement> PostAsync(string user, string path, object? body)
    {
        var session = await AsAsync(user);
        using var response = await session.PostAsJsonAsync(path, body);
        return await ReadAsync(response, "POST", path);
    }

    /// <summary>Sends a request that may fail; the caller reads the status and the problem.</summary>
    public async Task<HttpResponseMessage> SendAsync(string user, HttpRequestMessage request) =>
        await (await AsAsync(user)).SendAsync(request);

    /// <summary>An anonymous GET, as the portal and outside verifiers read the platform.</summary>
    public async Task<HttpResponseMessage> GetAnonymousAsync(string path)
    {
        using var client = NewClient();
        return await client.GetAsync(path);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string method, string path)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new DemoMonthException($"{method} {path} failed with {(int)response.StatusCode}: {Detail(text)}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose()
    {
        foreach (var session in _sessions.Values)
        {
            session.Dispose();
        }

        _sessions.Clear();
    }

    // The problem's detail and the messages of its errors, or the body when it is not a problem document.
    private static string Detail(string text)
    {
        try
        {
            var problem = JsonDocument.Parse(text).RootElement;
            var parts = new List<string>();
            if (problem.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String)
            {
                parts.Add(detail.GetString()!);
            }

            if (problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                parts.AddRange(errors.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("message", out _))
                    .Select(e => e.GetProperty("message").GetString()!));
            }

            return parts.Count > 0 ? string.Join(" ", parts.Distinct()) : text;
        }
        catch (JsonException)
        {
            return text.Length > 300 ? text[..300] : text;
        }
    }

    private static string Reason(HttpRequestException e) => e.InnerException switch
    {
        SocketException socket => socket.Message,
        { } inner => inner.Message,
        null => e.Message,
    };

    // No proxy: the platform is addressed directly, and a proxy from the environment must not see the sign-in.
    private HttpClient NewClient() =>
        new(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), UseProxy = false })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
}
