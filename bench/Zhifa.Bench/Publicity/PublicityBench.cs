using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhifa.Bench.Cases;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Bench.Publicity;

/// <summary>
/// Throughput and response times of the public decisions list and search under concurrent load. The real web
/// host (the built Zhifa.Web.dll) runs on a loopback port on a SQLite file with <c>--decisions</c> published
/// decisions, inserted by bulk SQL. <c>--clients</c> clients send requests for <c>--seconds</c> per row.
/// The same host also serves a static file of the same byte size from a temporary web root as a baseline.
/// With <c>--postgres "Host=127.0.0.1;Port=...;Username=..."</c> the decisions go to a new PostgreSQL database
/// on that server instead, which is dropped at the end. Writes bench/results/publicity-run-{sqlite|postgres}.md.
/// </summary>
internal static class PublicityBench
{
    /// <summary>A term in 1 of 50 decisions.</summary>
    public const string CommonTerm = "人防工程";

    /// <summary>A term in <see cref="RareCount"/> decisions only.</summary>
    public const string RareTerm = "琉璃瓦屋面";

    private const int RareCount = 20;
    private const int WarmUpSeconds = 3;

    private static readonly string[] InsertParameters =
        ["$case", "$sequence", "$at", "$search", "$organisation", "$kind", "$body", "$number", "$title", "$party", "$partyKind", "$facts", "$basis", "$result", "$decidedOn"];

    public static async Task<int> RunAsync(string[] args)
    {
        var decisions = Option(args, "--decisions", 1_000_000);
        var clients = Option(args, "--clients", 16);
        var seconds = Option(args, "--seconds", 15);
        var at = Array.IndexOf(args, "--postgres");
        var server = at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        var web = CaseBench.WebDll();
        if (!File.Exists(web))
        {
            await Console.Error.WriteLineAsync($"bench publicity: {web} is missing; run `dotnet build src/Zhifa.Web -c Release` first.");
            return 2;
        }

        var directory = Directory.CreateTempSubdirectory("zhifa-bench-publicity-").FullName;
        var webRoot = Directory.CreateDirectory(Path.Combine(directory, "wwwroot")).FullName;
        var environment = new Dictionary<string, string> { ["ASPNETCORE_WEBROOT"] = webRoot };
        var database = $"zhifa_bench_{Guid.NewGuid():N}"[..24];
        string? postgres = null;
        if (server is not null)
        {
            postgres = $"{server};Database={database}";
            await ExecuteOnServerAsync(server, $"CREATE DATABASE {database} ENCODING 'UTF8'");
            environment["Database__Provider"] = "postgres";
            environment["ConnectionStrings__Postgres"] = postgres;
        }

        var label = postgres is null ? "SQLite" : "PostgreSQL";
        try
        {
            using (var first = await CaseBench.StartAsync(web, directory, environment))
            {
                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync();
            }

            var fill = Stopwatch.StartNew();
            await FillAsync(directory, postgres, decisions);
            var fillTime = fill.Elapsed;
            var size = postgres is null ? new FileInfo(Path.Combine(directory, "zhifa.db")).Length : await DatabaseSizeAsync(postgres);
            Console.WriteLine($"Filled {decisions:N0} decisions in {fillTime.TotalSeconds:0} s; the database is {size / 1_048_576.0:N0} MiB.");

            using var host = await CaseBench.StartAsync(web, directory, environment);
            var report = await MeasureAsync(host, webRoot, label, decisions, clients, TimeSpan.FromSeconds(seconds), fillTime, size);
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            var path = Path.Combine(BenchPaths.Results, $"publicity-run-{label.ToLowerInvariant()}.md");
            await File.WriteAllTextAsync(path, report);
            Console.WriteLine(report);
            Console.WriteLine($"Written to {path}");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Npgsql.NpgsqlConnection.ClearAllPools();
            if (server is not null)
            {
                await ExecuteOnServerAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            }

            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task ExecuteOnServerAsync(string server, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection($"{server};Database=postgres");
        await connection.OpenAsync();
        await ExecuteAsync(connection, null, sql);
    }

    private static async Task<long> DatabaseSizeAsync(string postgres)
    {
        await using var connection = new Npgsql.NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private sealed record Row(string Name, string Url, long Bytes, double P50, double P99, double PerSecond, int Requests, int Failures);

    private static async Task<string> MeasureAsync(
        Process host, string webRoot, string label, int decisions, int clients, TimeSpan duration, TimeSpan fillTime, long databaseSize)
    {
        var address = (string)host.StartInfo.Environment["ASPNETCORE_URLS"]!;
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = clients })
        {
            BaseAddress = new Uri(address),
            Timeout = TimeSpan.FromMinutes(2),
        };

        var deep = decisions / 2;
        var dynamicTargets = new (string Name, string Url)[]
        {
            ("API list, first page (limit=50)", "/api/public/publications?limit=50"),
            ($"API list, deep cursor page (cursor={deep}, limit=50)", $"/api/public/publications?limit=50&cursor={deep}"),
            ($"API search, common term ?q={CommonTerm}", "/api/public/publications?limit=50&q=" + Uri.EscapeDataString(CommonTerm)),
            ($"API search, rare term ?q={RareTerm}", "/api/public/publications?limit=50&q=" + Uri.EscapeDataString(RareTerm)),
            ($"portal page /portal/decisions?q={CommonTerm}", "/portal/decisions?q=" + Uri.EscapeDataString(CommonTerm)),

            // The first row runs right after the host starts: this repeat shows how much of it was warm-up.
            ("API list, first page again (after the rows above)", "/api/public/publications?limit=50"),
        };

        var rows = new List<Row>();
        foreach (var (name, url) in dynamicTargets)
        {
            rows.Add(await LoadAsync(client, name, url, clients, duration));
            Console.WriteLine(Line(rows[^1]));
        }

        // Static files of the same byte size as the first API page and the portal page, served by the same host.
        foreach (var (source, file) in new[] { (rows[0], "list.json"), (rows[4], "portal.html") })
        {
            await File.WriteAllBytesAsync(Path.Combine(webRoot, file), SameSize(source.Bytes));
            rows.Add(await LoadAsync(client, $"static file {file} ({source.Bytes:N0} bytes, the size of: {source.Name})", "/" + file, clients, duration));
            Console.WriteLine(Line(rows[^1]));
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Run of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {decisions:N0} published decisions on {label} (filled in {fillTime.TotalSeconds:0} s, database {databaseSize / 1_048_576.0:N0} MiB).");
        report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; the load generator runs on the same cores as the host.");
        report.AppendLine(CultureInfo.InvariantCulture, $"Load: {clients} concurrent clients on 127.0.0.1, each sending its next request when the last one ends, for {duration.TotalSeconds:0} s per row after {WarmUpSeconds} s of warm-up; times are from request to the last byte.");
        report.AppendLine();
        report.AppendLine("| request | response bytes | p50 ms | p99 ms | requests/s | requests | failures |");
        report.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            report.AppendLine(Line(row));
        }

        return report.ToString();
    }

    private static string Line(Row row) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {row.Name} | {row.Bytes:N0} | {row.P50:0.0} | {row.P99:0.0} | {row.PerSecond:0} | {row.Requests:N0} | {row.Failures} |");

    /// <summary>Returns ASCII text of exactly <paramref name="bytes"/> bytes.</summary>
    private static byte[] SameSize(long bytes)
    {
        var data = new byte[bytes];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = (byte)('a' + (i % 26));
        }

        return data;
    }

    /// <summary>Runs <paramref name="clients"/> closed-loop clients for a warm-up and then for <paramref name="duration"/>.</summary>
    private static async Task<Row> LoadAsync(HttpClient client, string name, string url, int clients, TimeSpan duration)
    {
        long bytes = 0;
        await RunClientsAsync(client, url, clients, TimeSpan.FromSeconds(WarmUpSeconds), [], _ => { });
        var times = new List<double>[clients];
        var failures = 0;
        var watch = Stopwatch.StartNew();
        await RunClientsAsync(client, url, clients, duration, times, ok =>
        {
            if (ok < 0)
            {
                Interlocked.Increment(ref failures);
            }
            else
            {
                Interlocked.Exchange(ref bytes, ok);
            }
        });
        var elapsed = watch.Elapsed.TotalSeconds;
        var all = times.SelectMany(t => t).ToList();
        all.Sort();
        return new Row(name, url, bytes, CaseBench.Percentile(all, 0.50), CaseBench.Percentile(all, 0.99), all.Count / elapsed, all.Count, failures);
    }

    private static async Task RunClientsAsync(HttpClient client, string url, int clients, TimeSpan duration, List<double>[] times, Action<long> result)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, clients).Select(async n =>
        {
            var own = new List<double>();
            if (times.Length > n)
            {
                times[n] = own;
            }

            while (Stopwatch.GetTimestamp() < end)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsByteArrayAsync();
                own.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                result(response.IsSuccessStatusCode ? body.Length : -1);
            }
        });
        await Task.WhenAll(workers);
    }

    /// <summary>
    /// Inserts published decisions with bulk SQL in batches of 10,000 rows, each with its current row and its
    /// version. The FTS5 triggers of the PublicationSearch migration index each row as it is inserted.
    /// </summary>
    internal static async Task FillAsync(string directory, string? postgres, int count)
    {
        var storage = new StorageSettings(postgres is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres, directory, postgres);
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddZhifaPersistence(storage)
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        var organisation = (await db.Organisations.SingleAsync(o => o.Code == "czrf-gc")).Id;
        var actor = (await db.Users.SingleAsync(u => u.UserName == "head")).Id;
        var start = (await db.PublicationVersions.MaxAsync(v => (long?)v.Sequence) ?? 0) + 1;
        var rare = new HashSet<int>(Enumerable.Range(1, RareCount).Select(k => (int)((long)k * count / (RareCount + 1))));
        var random = new Random(20261205);
        if (postgres is not null)
        {
            await FillPostgresAsync(postgres, organisation, actor, start, count, rare, random);
            return;
        }

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await ExecuteAsync(connection, null, "PRAGMA synchronous = OFF");
        const int batch = 10_000;
        for (var from = 0; from < count; from += batch)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO publications (CaseId, Version, FeedSequence, PublishedAt, ChangedAt, SearchText, OrganisationId, Kind, Body,
                    DocumentNumber, Title, Party, PartyKind, Facts, Basis, Result, DecidedOn, Withdrawn)
                VALUES ($case, 1, $sequence, $at, $at, $search, $organisation, $kind, $body, $number, $title, $party, $partyKind,
                    $facts, $basis, $result, $decidedOn, 0)
                """;
            var parameters = InsertParameters.ToDictionary(p => p, p =>
                {
                    var parameter = insert.CreateParameter();
                    parameter.ParameterName = p;
                    insert.Parameters.Add(parameter);
                    return parameter;
                });
            parameters["$organisation"].Value = organisation.ToString().ToUpperInvariant();
            for (var i = from; i < Math.Min(count, from + batch); i++)
            {
                var sample = SampleText.Make(i, random, i % 50 == 0, rare.Contains(i));
                var sequence = start + i;
                parameters["$case"].Value = Guid.NewGuid().ToString().ToUpperInvariant();
                parameters["$sequence"].Value = sequence;
                parameters["$at"].Value = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i).UtcTicks;
                parameters["$search"].Value = string.Join("\n", sample.Number, sample.Title, sample.Party, sample.Facts, sample.Basis, sample.Result, sample.Body);
                parameters["$kind"].Value = sample.Inspection ? "InspectionResult" : "PenaltyDecision";
                parameters["$body"].Value = sample.Body;
                parameters["$number"].Value = sample.Number;
                parameters["$title"].Value = sample.Title;
                parameters["$party"].Value = sample.Party;
                parameters["$partyKind"].Value = sample.PartyKind;
                parameters["$facts"].Value = sample.Facts;
                parameters["$basis"].Value = sample.Basis;
                parameters["$result"].Value = sample.Result;
                parameters["$decidedOn"].Value = sample.DecidedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                await insert.ExecuteNonQueryAsync();
            }

            // The versions copy the current rows, as publishing does: one version per decision.
            await ExecuteAsync(connection, transaction, $"""
                INSERT INTO publication_versions (Sequence, Version, Action, ActorUserId, At, CaseId, OrganisationId, Kind, Body,
                    DocumentNumber, Title, Party, PartyKind, Facts, Basis, Result, DecidedOn, Withdrawn)
                SELECT FeedSequence, 1, 'published', '{actor.ToString().ToUpperInvariant()}', PublishedAt, CaseId, OrganisationId, Kind, Body,
                    DocumentNumber, Title, Party, PartyKind, Facts, Basis, Result, DecidedOn, 0
                FROM publications WHERE FeedSequence >= {start + from}
                """);
            await transaction.CommitAsync();
            if ((from / batch) % 10 == 9)
            {
                Console.WriteLine($"  {from + batch:N0} decisions");
            }
        }

        await ExecuteAsync(connection, null, "PRAGMA optimize");
    }

    /// <summary>Copies the decisions into PostgreSQL with binary COPY, then their versions with one INSERT ... SELECT.</summary>
    private static async Task FillPostgresAsync(string postgres, Guid organisation, Guid actor, long start, int count, HashSet<int> rare, Random random)
    {
        await using var connection = new Npgsql.NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY publications ("CaseId", "Version", "FeedSequence", "PublishedAt", "ChangedAt", "SearchText", "OrganisationId", "Kind", "Body",
                "DocumentNumber", "Title", "Party", "PartyKind", "Facts", "Basis", "Result", "DecidedOn", "Withdrawn") FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < count; i++)
            {
                var sample = SampleText.Make(i, random, i % 50 == 0, rare.Contains(i));
                var at = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i);
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.NewGuid(), NpgsqlTypes.NpgsqlDbType.Uuid);
                await copy.WriteAsync(1, NpgsqlTypes.NpgsqlDbType.Integer);
                await copy.WriteAsync(start + i, NpgsqlTypes.NpgsqlDbType.Bigint);
                await copy.WriteAsync(at, NpgsqlTypes.NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(at, NpgsqlTypes.NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(string.Join("\n", sample.Number, sample.Title, sample.Party, sample.Facts, sample.Basis, sample.Result, sample.Body), NpgsqlTypes.NpgsqlDbType.Text);
                await copy.WriteAsync(organisation, NpgsqlTypes.NpgsqlDbType.Uuid);
                await copy.WriteAsync(sample.Inspection ? "InspectionResult" : "PenaltyDecision", NpgsqlTypes.NpgsqlDbType.Varchar);
                await copy.WriteAsync(sample.Body, NpgsqlTypes.NpgsqlDbType.Varchar);
                await copy.WriteAsync(sample.Number, NpgsqlTypes.NpgsqlDbType.Varchar);
                await copy.WriteAsync(sample.Title, NpgsqlTypes.NpgsqlDbType.Varchar);
                await copy.WriteAsync(sample.Party, NpgsqlTypes.NpgsqlDbType.Varchar);
                await copy.WriteAsync(sample.PartyKind, NpgsqlTypes.NpgsqlDbType.Varchar);
                await copy.WriteAsync(sample.Facts, NpgsqlTypes.NpgsqlDbType.Text);
                await copy.WriteAsync(sample.Basis, NpgsqlTypes.NpgsqlDbType.Text);
                await copy.WriteAsync(sample.Result, NpgsqlTypes.NpgsqlDbType.Text);
                await copy.WriteAsync(sample.DecidedOn, NpgsqlTypes.NpgsqlDbType.Date);
                await copy.WriteAsync(false, NpgsqlTypes.NpgsqlDbType.Boolean);
            }

            await copy.CompleteAsync();
        }

        await ExecuteAsync(connection, null, $"""
            INSERT INTO publication_versions ("Sequence", "Version", "Action", "ActorUserId", "At", "CaseId", "OrganisationId", "Kind", "Body",
                "DocumentNumber", "Title", "Party", "PartyKind", "Facts", "Basis", "Result", "DecidedOn", "Withdrawn")
            SELECT "FeedSequence", 1, 'published', '{actor}', "PublishedAt", "CaseId", "OrganisationId", "Kind", "Body",
                "DocumentNumber", "Title", "Party", "PartyKind", "Facts", "Basis", "Result", "DecidedOn", false
            FROM publications WHERE "FeedSequence" >= {start}
            """);
        await ExecuteAsync(connection, null, "VACUUM ANALYZE publications");
        await ExecuteAsync(connection, null, "VACUUM ANALYZE publication_versions");
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
