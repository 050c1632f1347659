using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Zhifa.Web.Tests.Hosting;

/// <summary>Tests that a server started on an address already in use exits with code 2 and one line naming the fix.</summary>
public sealed class AddressInUseTests
{
    [Fact]
    public async Task Taken_address_exits_with_code_2()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";
        var data = Path.Combine(Path.GetTempPath(), "zhifa-port-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "--urls", url])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["ZHIFA_DATA"] = data;

        try
        {
            using var process = Process.Start(start)!;
            var standardError = process.StandardError.ReadToEndAsync();
            var standardOutput = process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            await standardOutput;
            var error = (await standardError).Trim();

            Assert.Equal(2, process.ExitCode);
            Assert.Single(error.Split('\n'));
            Assert.StartsWith($"zhifa: cannot start: Failed to bind to address {url}: address already in use;", error, StringComparison.Ordinal);
            Assert.Contains("--urls http://127.0.0.1:5090", error, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
