using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhifa.Bench.Cases;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Bench.Supervision;

/// <summary>
/// Response times of the supervision dashboard with many cases and record entries: the real web host (the
/// built Zhifa.Web.dll) on a SQLite file with the demo agency, <c>--cases</c> cases spread over 600 days
/// (two thirds of them open) and <c>--entries</c> record entries; the city supervisor asks for a month, a
/// quarter and a year. Writes bench/results/dashboard.md.
/// </summary>
internal static class DashboardBench
{
    private const int Samples = 60;
    private const int WarmUp = 5;

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = Option(args, "--cases", 100_000);
        var entries = Option(args, "--entries", 1_000_000);
        var web = CaseBench.WebDll();
        if (!File.Exists(web))
        {
            await Console.Error.WriteLineAsync($"bench dashboard: {web} is missing; run `dotnet build src/Zhifa.Web -c Release` first.");
            return 2;
        }

        var directory = Directory.CreateTempSubdirectory("zhifa-bench-dashboard-").FullName;
        try
        {
            using (var first = await CaseBench.StartAsync(web, directory))
            {
                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync();
            }

            var fill = Stopwatch.StartNew();
            await CaseBench.FillAsync(directory, cases);
            await FillRecordAsync(directory, entries);
            Console.WriteLine($"Filled {cases} cases and {entries} record entries in {fill.Elapsed.TotalSeconds:0} s.");

            using var host = await CaseBench.StartAsync(web, directory);
            var report = await MeasureAsync(host, cases, entries);
            host.Kill(entireProcessTree: true);
            var path = Path.Combine(BenchPaths.Results, "dashboard.md");
            await File.WriteAllTextAsync(path, report);
            Console.WriteLine(report);
            Console.WriteLine($"Written to {path}");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<string> MeasureAsync(Process host, int cases, int entries)
    {
        var address = (string)host.StartInfo.Environment["ASPNETCORE_URLS"]!;
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseProxy = false })
        {
            BaseAddress = new Uri(address),
            Timeout = TimeSpan.FromMinutes(5),
        };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = "supervisor", password = "Zhifa-demo-2026" });
        login.EnsureSuccessStatusCode();

        var targets = new (string Name, string Url)[]
        {
            ("dashboard page, a month", "/supervision?period=2026-03"),
            ("dashboard API, a quarter", "/api/supervision/dashboard?period=2026-Q1"),
            ("dashboard API, a year", "/api/supervision/dashboard?period=2025"),
        };

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Supervision dashboard with {cases:N0} cases and {entries:N0} record entries, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}. SQLite, the real web host on loopback, the city supervisor sending {Samples} sequential requests per row after {WarmUp} warm-up requests; times are from request to the last byte.");
        report.AppendLine();
        report.AppendLine("| request | p50 ms | p99 ms | max ms |");
        report.AppendLine("| --- | --- | --- | --- |");
        foreach (var (name, url) in targets)
        {
            for (var i = 0; i < WarmUp; i++)
            {
                (await client.GetAsync(url)).EnsureSuccessStatusCode();
            }

            var times = new List<double>();
            for (var i = 0; i < Samples; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                times.Add(watch.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
            }

            times.Sort();
            report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {CaseBench.Percentile(times, 0.50):0} | {CaseBench.Percentile(times, 0.99):0} | {times[^1]:0} |");
        }

        return report.ToString();
    }

    /// <summary>Appends record entries with the host's own key and origin, as the host would, 1,000 per transaction.</summary>
    private static async Task FillRecordAsync(string directory, int entries)
    {
        var storage = new StorageSettings(DatabaseProvider.Sqlite, directory, null);
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddZhifaPersistence(storage)
            .AddZhifaRecord(new LedgerSettings("zhifa.local/record", "sha256", Path.Combine(directory, "keys", "ledger.key"), 1000, TimeSpan.FromSeconds(10)))
            .BuildServiceProvider();
        for (var done = 0; done < entries; done += 1000)
        {
            await using var scope = services.CreateAsyncScope();
            var batch = Enumerable.Range(done, Math.Min(1000, entries - done))
                .Select(i => new RecordAction(
                    Guid.NewGuid().ToString(),
                    "14040001",
                    Guid.NewGuid(),
                    "case.declare-recusal",
                    $"case/{Guid.NewGuid()}",
                    new { sequence = i, conflict = false }))
                .ToList();
            await scope.ServiceProvider.GetRequiredService<RecordWriter>().SaveAsync(batch, CancellationToken.None);
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
