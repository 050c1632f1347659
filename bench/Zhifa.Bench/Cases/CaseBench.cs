using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhifa.Domain.Cases;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Bench.Cases;

/// <summary>
/// Response times of the case list and the case page with many cases in the database. The real web host
/// (the built Zhifa.Web.dll) runs on a loopback port on a SQLite file filled with the demo agency and
/// <c>--cases</c> cases of five steps each; one signed-in client sends sequential requests. Writes
/// bench/results/cases.md.
/// </summary>
internal static class CaseBench
{
    private const int Samples = 300;
    private const int WarmUp = 30;

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length == 2 && args[0] == "--cases" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var web = WebDll();
        if (!File.Exists(web))
        {
            await Console.Error.WriteLineAsync($"bench cases: {web} is missing; run `dotnet build src/Zhifa.Web -c Release` first.");
            return 2;
        }

        var directory = Directory.CreateTempSubdirectory("zhifa-bench-cases-").FullName;
        try
        {
            using (var first = await StartAsync(web, directory))
            {
                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync();
            }

            var fill = Stopwatch.StartNew();
            var ids = await FillAsync(directory, count);
            Console.WriteLine($"Filled {count} cases in {fill.Elapsed.TotalSeconds:0} s.");

            using var host = await StartAsync(web, directory);
            var report = await MeasureAsync(host, ids, count);
            host.Kill(entireProcessTree: true);
            var path = Path.Combine(BenchPaths.Results, "cases.md");
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

    private static async Task<string> MeasureAsync(Process host, IReadOnlyList<Guid> ids, int count)
    {
        var address = (string)host.StartInfo.Environment["ASPNETCORE_URLS"]!;
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseProxy = false })
        {
            BaseAddress = new Uri(address),
        };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = "officer", password = "Zhifa-demo-2026" });
        login.EnsureSuccessStatusCode();

        var random = new Random(20261204);
        var targets = new (string Name, Func<string> Url)[]
        {
            ("case list page, first page", () => "/cases"),
            ("case list page, search by party", () => $"/cases?search=样例单位{random.Next(count)}"),
            ("case list API, page 1,000", () => "/api/cases?page=1000&pageSize=50"),
            ("case page", () => $"/cases/{ids[random.Next(ids.Count)]}"),
            ("case API", () => $"/api/cases/{ids[random.Next(ids.Count)]}"),
        };

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Case pages with {count:N0} cases, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}. SQLite, the real web host on loopback, one client sending {Samples} sequential requests per row after {WarmUp} warm-up requests; times are from request to the last byte.");
        report.AppendLine();
        report.AppendLine("| request | p50 ms | p99 ms | max ms |");
        report.AppendLine("| --- | --- | --- | --- |");
        foreach (var (name, url) in targets)
        {
            for (var i = 0; i < WarmUp; i++)
            {
                (await client.GetAsync(url())).EnsureSuccessStatusCode();
            }

            var times = new List<double>();
            for (var i = 0; i < Samples; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(url());
                await response.Content.ReadAsByteArrayAsync();
                times.Add(watch.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
            }

            times.Sort();
            report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Percentile(times, 0.50):0.0} | {Percentile(times, 0.99):0.0} | {times[^1]:0.0} |");
        }

        return report.ToString();
    }

    internal static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>Inserts cases directly, without record entries: the benchmark measures reads.</summary>
    internal static async Task<IReadOnlyList<Guid>> FillAsync(string directory, int count)
    {
        var storage = new StorageSettings(DatabaseProvider.Sqlite, directory, null);
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddZhifaPersistence(storage)
            .BuildServiceProvider();
        var ids = new List<Guid>(count);
        Guid organisation, matter, zhang, li;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
            organisation = (await db.Organisations.SingleAsync(o => o.Code == "czrf-gc")).Id;
            matter = (await db.Matters.SingleAsync(m => m.Code == "CZRF-CF-001")).Id;
            zhang = (await db.Officers.SingleAsync(o => o.CertificateNumber == "14040001")).Id;
            li = (await db.Officers.SingleAsync(o => o.CertificateNumber == "14040002")).Id;
        }

        var stages = new[] { CaseStage.Registered, CaseStage.Investigating, CaseStage.Notified, CaseStage.Decided, CaseStage.Closed, CaseStage.Archived };
        const int batch = 5_000;
        for (var start = 0; start < count; start += batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var c = NewCase(i, organisation, matter, zhang, li, stages[i % stages.Length]);
                ids.Add(c.Id);
                db.Cases.Add(c);
                for (var s = 1; s <= 5; s++)
                {
                    db.CaseSteps.Add(new CaseStep
                    {
                        Id = Guid.NewGuid(),
                        CaseId = c.Id,
                        Sequence = s,
                        Action = "declare-recusal",
                        FromStage = CaseStage.Filed,
                        ToStage = CaseStage.Filed,
                        EffectiveOn = c.RegisteredOn,
                        RecordedAt = c.UpdatedAt,
                        ActorName = "张测试",
                        Certificate = "14040001",
                    });
                }
            }

            await db.SaveChangesAsync();
        }

        return ids;
    }

    private static EnforcementCase NewCase(int i, Guid organisation, Guid matter, Guid zhang, Guid li, CaseStage stage)
    {
        var day = new DateOnly(2025, 1, 1).AddDays(i % 600);
        return new EnforcementCase
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisation,
            Number = $"长人防立〔B{i / 10_000}〕{i}号",
            Procedure = ProcedureKind.GeneralPenalty,
            Stage = stage,
            MatterId = matter,
            Title = $"擅自拆除人民防空警报设施案{i}",
            RegisteredOn = day,
            FiledOn = day,
            LastEffectiveOn = day,
            Party = new Party { Kind = PartyKind.Unit, Name = $"样例单位{i}", Address = "长治市测试区样例路1号" },
            Officers = [new CaseOfficer { OfficerId = zhang, DeclaredOn = day }, new CaseOfficer { OfficerId = li, DeclaredOn = day }],
            Proposal = new Proposal { Revision = 1, Outcome = DecisionOutcome.Penalty, Penalties = PenaltyKinds.Fine, FineAmount = 20_000m, ProposedOn = day },
            StepCount = 5,
            Version = 6,
            UpdatedAt = DateTimeOffset.UtcNow.AddMinutes(-i),
        };
    }

    internal static async Task<Process> StartAsync(string web, string directory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [web])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        start.Environment["ZHIFA_DATA"] = directory;
        start.Environment["Zhifa__LoadDemo"] = "true";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return process;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("The web host did not become healthy within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string WebDll()
    {
        var root = Path.GetDirectoryName(BenchPaths.Results)!;
        return Path.Combine(Path.GetDirectoryName(root)!, "src", "Zhifa.Web", "bin", "Release", "net10.0", "Zhifa.Web.dll");
    }
}
