using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Zhifa.Infrastructure.Demo;

namespace Zhifa.Web.Tests.Support;

/// <summary>
/// The built Zhifa.Web.dll run as a separate process on a <see cref="TestStore"/>, either as the web host on a
/// free loopback port or as a verb. Output is collected as it arrives, so the host never blocks on a full pipe.
/// </summary>
public sealed class ZhifaProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private ZhifaProcess(Process process, Uri? baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>The address the web host listens on, or null for a verb.</summary>
    public Uri? BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string StandardOutput
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Starts the web host on 127.0.0.1 and a free port, without waiting for it to be ready.</summary>
    public static ZhifaProcess StartHost(TestStore store, params (string Name, string Value)[] environment)
    {
        var address = new Uri($"http://127.0.0.1:{FreeLoopbackPort().ToString(CultureInfo.InvariantCulture)}");
        return Start(store, ["--urls", address.ToString().TrimEnd('/')], environment, address);
    }

    /// <summary>Runs a verb (such as "verify") to its end, or kills it after <paramref name="timeout"/>.</summary>
    public static async Task<ZhifaProcess> RunVerbAsync(TestStore store, string verb, TimeSpan timeout)
    {
        var process = Start(store, verb.Split(' '), [], baseAddress: null);
        await process.WaitForExitAsync(timeout);
        return process;
    }

    public HttpClient CreateClient() =>
        new(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), UseProxy = false })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>Signs in through POST /api/auth/login and returns a client that carries the sign-in cookie.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName)
    {
        var client = CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        return client;
    }

    /// <summary>Polls GET /health until it returns 200, and fails with the output on exit or timeout.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(
                _process.HasExited,
                $"The host exited with {SafeExitCode()} before it was healthy:\n{StandardError}\n{StandardOutput}");
            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The host was not healthy within {timeout}:\n{StandardError}\n{StandardOutput}");
    }

    /// <summary>Waits for the process to end, or kills it and fails after <paramref name="timeout"/>.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"The process was still running after {timeout}:\n{StandardError}\n{StandardOutput}");
        }

        // The exit event can come before the last redirected lines, and this second wait drains them.
        _process.WaitForExit();
    }

    /// <summary>Ends the process at once with SIGKILL, so no shutdown code runs.</summary>
    public void KillNow() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static ZhifaProcess Start(
        TestStore store,
        IEnumerable<string> arguments,
        IEnumerable<(string Name, string Value)> environment,
        Uri? baseAddress)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, .. arguments])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var (name, value) in store.ProcessEnvironment())
        {
            start.Environment[name] = value;
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var zhifa = new ZhifaProcess(process, baseAddress);
        process.OutputDataReceived += (_, line) => Append(zhifa._output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(zhifa._error, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return zhifa;
    }

    private static void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (target)
        {
            target.Append(line).Append('\n');
        }
    }

    private string SafeExitCode() =>
        _process.HasExited ? _process.ExitCode.ToString(CultureInfo.InvariantCulture) : "?";

    // The port is free when the listener stops, and the host binds it a moment later. Another program taking
    // it in between makes the host fail to start, which WaitUntilHealthyAsync reports.
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
