using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Bench.Record;

/// <summary>
/// The full-process record's figures: appends per second against plain inserts of the same rows (SQLite,
/// durable commits, one transaction per action), verify over a large log against sha256sum over the
/// same bytes, and proof latency at that size. Writes a Markdown report to bench/results/.
/// </summary>
internal static class LedgerBench
{
    private const int AppendCount = 2000;
    private const int Writers = 4;
    private const int ProofSamples = 2000;

    public static async Task<int> RunAsync(string[] args)
    {
        var entries = args.Length == 2 && args[0] == "--entries" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Full-process record benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}. SQLite in WAL mode with synchronous=FULL (every commit durable).");
        report.AppendLine();

        await using (var host = await BenchHost.CreateAsync())
        {
            BenchScopes.Root = host.Services;
            await AppendRatesAsync(host, report);
        }

        await using (var host = await BenchHost.CreateAsync())
        {
            await FillAsync(host, entries);
            await VerifyRateAsync(host, entries, report);
            await ProofLatencyAsync(host, entries, report);
        }

        var path = Path.Combine(BenchPaths.Results, "ledger.md");
        await File.WriteAllTextAsync(path, report.ToString());
        Console.WriteLine(report);
        Console.WriteLine($"Written to {path}");
        return 0;
    }

    private static RecordAction Action(int i) => new(
        Guid.NewGuid().ToString(),
        "14040001",
        Guid.NewGuid(),
        "list.edited",
        $"personnel/{Guid.NewGuid()}",
        new { list = "personnel", version = i, snapshot = "{\"name\":\"张测试\",\"post\":\"科员\",\"area\":\"长治市\"}" });

    private static async Task AppendRatesAsync(BenchHost host, StringBuilder report)
    {
        await CreatePlainTableAsync(host);

        // Warm-up, so neither side pays for JIT compilation and cold caches inside its timed run.
        await TimeAsync(1, 200, (scope, i) => PlainInsertAsync(scope, 2_000_000 + i));
        await TimeAsync(1, 200, (scope, i) => scope.GetRequiredService<RecordWriter>().SaveAsync([Action(i)], CancellationToken.None));

        var plainSingle = await TimeAsync(1, AppendCount, (scope, i) => PlainInsertAsync(scope, i));
        var ledgerSingle = await TimeAsync(1, AppendCount, (scope, i) => scope.GetRequiredService<RecordWriter>().SaveAsync([Action(i)], CancellationToken.None));
        var plainConcurrent = await TimeAsync(Writers, AppendCount / Writers, (scope, i) => PlainInsertAsync(scope, i + 1_000_000));
        var ledgerConcurrent = await TimeAsync(Writers, AppendCount / Writers, (scope, i) => scope.GetRequiredService<RecordWriter>().SaveAsync([Action(i)], CancellationToken.None));

        report.AppendLine("## Appends per second (one action per transaction)");
        report.AppendLine();
        report.AppendLine("| writers | ledger appends/s | plain inserts/s | ledger / plain |");
        report.AppendLine("| --- | --- | --- | --- |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| 1 | {ledgerSingle:0} | {plainSingle:0} | {ledgerSingle / plainSingle:0.00} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| {Writers} | {ledgerConcurrent:0} | {plainConcurrent:0} | {ledgerConcurrent / plainConcurrent:0.00} |");
        report.AppendLine();
        report.AppendLine("Plain inserts write the same row (leaf bytes, leaf hash, indexed columns, payload) into an ordinary table with no tree and no lock, through the same EF Core connection settings.");
        report.AppendLine();
    }

    private static async Task CreatePlainTableAsync(BenchHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ZhifaDbContext>().Database.ExecuteSqlRawAsync(
            "CREATE TABLE bench_plain (id INTEGER PRIMARY KEY, leaf BLOB NOT NULL, leaf_hash BLOB NOT NULL, time INTEGER NOT NULL, actor TEXT, organisation TEXT, action TEXT, subject TEXT, payload BLOB); CREATE INDEX bench_plain_subject ON bench_plain(subject); CREATE INDEX bench_plain_time ON bench_plain(time);");
    }

    private static async Task PlainInsertAsync(IServiceProvider scope, int i)
    {
        var db = scope.GetRequiredService<ZhifaDbContext>();
        var action = Action(i);
        var leaf = Encoding.UTF8.GetBytes($"{{\"action\":\"{action.Action}\",\"actor\":\"{action.Actor}\",\"certificate\":\"14040001\",\"file_sha256\":[],\"index\":{i},\"organisation\":\"{action.Organisation}\",\"payload_sha256\":\"{new string('a', 64)}\",\"subject\":\"{action.Subject}\",\"time\":\"2026-12-04T00:00:00.000Z\",\"v\":1}}");
        var payload = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(action.Payload);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO bench_plain (id, leaf, leaf_hash, time, actor, organisation, action, subject, payload) VALUES ({i}, {leaf}, {System.Security.Cryptography.SHA256.HashData(leaf)}, {DateTimeOffset.UtcNow.UtcTicks}, {action.Actor}, {action.Organisation.ToString()}, {action.Action}, {action.Subject}, {payload})");
        await transaction.CommitAsync();
    }

    /// <summary>Runs <paramref name="perWriter"/> operations on each of <paramref name="writers"/> tasks; returns operations per second.</summary>
    private static async Task<double> TimeAsync(int writers, int perWriter, Func<IServiceProvider, int, Task> operation)
    {
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < perWriter; i++)
            {
                await using var scope = BenchScopes.Root!.CreateAsyncScope();
                await operation(scope.ServiceProvider, writer * perWriter + i);
            }
        })));
        return writers * perWriter / watch.Elapsed.TotalSeconds;
    }

    private static async Task FillAsync(BenchHost host, int entries)
    {
        BenchScopes.Root = host.Services;
        var watch = Stopwatch.StartNew();
        for (var done = 0; done < entries; done += 1000)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var batch = Enumerable.Range(done, Math.Min(1000, entries - done)).Select(Action).ToList();
            await scope.ServiceProvider.GetRequiredService<RecordWriter>().SaveAsync(batch, CancellationToken.None);
        }

        await using var signing = host.Services.CreateAsyncScope();
        await signing.ServiceProvider.GetRequiredService<CheckpointSigner>().SignIfDueAsync(CancellationToken.None);
        Console.WriteLine($"Filled {entries} entries in {watch.Elapsed.TotalSeconds:0.0} s (batches of 1000 per transaction).");
    }

    private static async Task VerifyRateAsync(BenchHost host, int entries, StringBuilder report)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<LedgerVerifier>().VerifyAsync(CancellationToken.None);
        if (!result.IsValid)
        {
            throw new InvalidOperationException($"verify failed on the benchmark log: {result.Failure}");
        }

        var leafFile = Path.Combine(host.Directory, "leaves.bin");
        await using (var file = File.Create(leafFile))
        {
            var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
            for (long start = 0; start < entries; start += 10_000)
            {
                var first = start;
                foreach (var leaf in await db.LedgerEntries.AsNoTracking().Where(e => e.Index >= first && e.Index < first + 10_000).OrderBy(e => e.Index).Select(e => e.Leaf).ToListAsync())
                {
                    await file.WriteAsync(leaf);
                }
            }
        }

        var sha256sum = Stopwatch.StartNew();
        using (var process = Process.Start(new ProcessStartInfo("sha256sum", leafFile) { RedirectStandardOutput = true })!)
        {
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
        }

        sha256sum.Stop();
        var megabytes = result.LeafBytes / 1e6;
        report.AppendLine(CultureInfo.InvariantCulture, $"## verify over {result.Entries:N0} entries");
        report.AppendLine();
        report.AppendLine("| what | seconds | MB/s of entry bytes | entries/s |");
        report.AppendLine("| --- | --- | --- | --- |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| `verify` (read, decode, hash, rebuild tree, checkpoints, payload hashes) | {result.Elapsed.TotalSeconds:0.0} | {megabytes / result.Elapsed.TotalSeconds:0.0} | {result.Entries / result.Elapsed.TotalSeconds:0} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| `sha256sum` over the same {megabytes:0.0} MB of entry bytes | {sha256sum.Elapsed.TotalSeconds:0.00} | {megabytes / sha256sum.Elapsed.TotalSeconds:0.0} | |");
        report.AppendLine();
    }

    private static async Task ProofLatencyAsync(BenchHost host, int entries, StringBuilder report)
    {
        var random = new Random(20261204);
        var inclusion = new List<double>();
        var consistency = new List<double>();
        await using var scope = host.Services.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<LedgerReader>();
        for (var i = 0; i < ProofSamples; i++)
        {
            var watch = Stopwatch.StartNew();
            var proof = await reader.InclusionAsync(random.NextInt64(entries), entries, CancellationToken.None);
            inclusion.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            var extension = await reader.ConsistencyAsync(random.NextInt64(1, entries), entries, CancellationToken.None);
            consistency.Add(watch.Elapsed.TotalMilliseconds);
            if (!proof.IsSuccess || !extension.IsSuccess)
            {
                throw new InvalidOperationException("A proof request failed on the benchmark log.");
            }
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"## Proof latency at {entries:N0} entries ({ProofSamples} random requests each, in process)");
        report.AppendLine();
        report.AppendLine("| proof | p50 ms | p99 ms |");
        report.AppendLine("| --- | --- | --- |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| inclusion | {Percentile(inclusion, 0.50):0.00} | {Percentile(inclusion, 0.99):0.00} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| consistency | {Percentile(consistency, 0.50):0.00} | {Percentile(consistency, 0.99):0.00} |");
        report.AppendLine();
    }

    private static double Percentile(List<double> values, double quantile)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(quantile * sorted.Count))];
    }
}

/// <summary>The service provider the timing loops create scopes from.</summary>
internal static class BenchScopes
{
    public static IServiceProvider? Root { get; set; }
}
