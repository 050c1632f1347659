using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Bench.Evidence;

/// <summary>
/// Upload of one large file over tus on loopback to the real web host (the built Zhifa.Web.dll, SQLite, local
/// content store), against <c>cp</c> plus <c>sync</c> of the same file on the same disk; the host's resident
/// memory is sampled every 20 ms to find its peak above idle. Then the same file is uploaded again, which the
/// store keeps once. Writes bench/results/evidence.md.
/// </summary>
internal static class EvidenceBench
{
    private const int Chunk = 64 << 20;

    public static async Task<int> RunAsync(string[] args)
    {
        var mib = args.Length == 2 && args[0] == "--mib" ? long.Parse(args[1], CultureInfo.InvariantCulture) : 2048;
        var web = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(BenchPaths.Results)!)!, "src", "Zhifa.Web", "bin", "Release", "net10.0", "Zhifa.Web.dll");
        if (!File.Exists(web))
        {
            await Console.Error.WriteLineAsync($"bench evidence: {web} is missing; run `dotnet build src/Zhifa.Web -c Release` first.");
            return 2;
        }

        var directory = Directory.CreateTempSubdirectory("zhifa-bench-evidence-").FullName;
        try
        {
            var source = Path.Combine(directory, "source.bin");
            MakeFile(source, mib << 20);
            var copy = await TimeCopyAsync(source, Path.Combine(directory, "copy.bin"));
            File.Delete(Path.Combine(directory, "copy.bin"));

            var data = Path.Combine(directory, "data");
            using var host = await StartAsync(web, data);
            var address = (string)host.StartInfo.Environment["ASPNETCORE_URLS"]!;
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseProxy = false })
            {
                BaseAddress = new Uri(address),
                Timeout = TimeSpan.FromMinutes(30),
            };
            (await client.PostAsJsonAsync("/api/auth/login", new { userName = "officer", password = "Zhifa-demo-2026" })).EnsureSuccessStatusCode();
            var caseId = await RegisterCaseAsync(client, data);
            await Task.Delay(2000);
            var idle = ResidentBytes(host.Id);

            using var sampling = new CancellationTokenSource();
            long peak = idle;
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peak = Math.Max(peak, ResidentBytes(host.Id));
                    await Task.Delay(20);
                }
            });
            var upload = Stopwatch.StartNew();
            await UploadAsync(client, caseId, source);
            upload.Stop();
            await sampling.CancelAsync();
            await sampler;

            var dedup = Stopwatch.StartNew();
            await UploadAsync(client, caseId, source);
            dedup.Stop();
            var stored = Directory.GetFiles(Path.Combine(data, "files"), "*", SearchOption.AllDirectories).Length;
            host.Kill(entireProcessTree: true);

            var bytes = mib << 20;
            var report = Report(mib, bytes, copy, upload.Elapsed, dedup.Elapsed, idle, peak, stored);
            var path = Path.Combine(BenchPaths.Results, "evidence.md");
            await File.WriteAllTextAsync(path, report);
            Console.WriteLine(report);
            Console.WriteLine($"Written to {path}");
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Report(long mib, long bytes, TimeSpan copy, TimeSpan upload, TimeSpan dedup, long idle, long peak, int stored)
    {
        double Rate(TimeSpan t) => bytes / 1048576.0 / t.TotalSeconds;
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Evidence upload of a {mib:N0} MiB file, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores (shared with other work during the run), {Environment.OSVersion}, .NET {Environment.Version}. The real web host on loopback, SQLite, local content store in a folder on the same disk as the source. The client sends PATCH requests of {Chunk >> 20} MiB; the upload time runs from creation to the response of the last PATCH, which includes the server's fsync of each chunk, the SHA-256 of the whole file, the metadata probe and the record entry. `cp` is timed together with `sync` of the copy, so both end with the bytes on disk.");
        report.AppendLine();
        report.AppendLine("| measurement | value |");
        report.AppendLine("| --- | --- |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| `cp` + `sync` | {copy.TotalSeconds:0.00} s, {Rate(copy):0} MiB/s |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| tus upload | {upload.TotalSeconds:0.00} s, {Rate(upload):0} MiB/s |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| upload / cp throughput (target ≥ 0.7) | {copy.TotalSeconds / upload.TotalSeconds:0.00} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| host resident memory at idle | {idle / 1048576.0:0} MiB |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| host peak resident memory during the upload, above idle (target < 150 MiB) | {(peak - idle) / 1048576.0:0} MiB |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| second upload of the same file (deduplicated) | {dedup.TotalSeconds:0.00} s, {Rate(dedup):0} MiB/s |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| files in the content store after both uploads | {stored} |");
        report.AppendLine();
        report.AppendLine("The deduplicated upload still sends every byte (tus has no way to skip content the server already holds); it saves the disk space and the move into the store, not the transfer.");
        return report.ToString();
    }

    private static void MakeFile(string path, long length)
    {
        var random = new Random(20261204);
        var block = new byte[8 << 20];
        using var file = File.Create(path);
        for (long written = 0; written < length; written += block.Length)
        {
            random.NextBytes(block);
            file.Write(block, 0, (int)Math.Min(block.Length, length - written));
        }

        file.Flush(flushToDisk: true);
    }

    private static async Task<TimeSpan> TimeCopyAsync(string source, string target)
    {
        var watch = Stopwatch.StartNew();
        using (var cp = Process.Start("cp", [source, target]))
        {
            await cp.WaitForExitAsync();
        }

        using (var sync = Process.Start("sync", [target]))
        {
            await sync.WaitForExitAsync();
        }

        return watch.Elapsed;
    }

    private static async Task UploadAsync(HttpClient client, Guid caseId, string path)
    {
        var length = new FileInfo(path).Length;
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/uploads/");
        create.Headers.Add("Tus-Resumable", "1.0.0");
        create.Headers.Add("Upload-Length", length.ToString(CultureInfo.InvariantCulture));
        create.Headers.Add("Upload-Metadata", $"caseId {Convert.ToBase64String(Encoding.UTF8.GetBytes(caseId.ToString()))},filename {Convert.ToBase64String("bench.bin"u8.ToArray())}");
        using var created = await client.SendAsync(create);
        created.EnsureSuccessStatusCode();
        var url = created.Headers.Location!.OriginalString;
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        long offset = 0;
        while (offset < length)
        {
            var size = (int)Math.Min(Chunk, length - offset);
            using var patch = new HttpRequestMessage(HttpMethod.Patch, url);
            patch.Headers.Add("Tus-Resumable", "1.0.0");
            patch.Headers.Add("Upload-Offset", offset.ToString(CultureInfo.InvariantCulture));
            file.Position = offset;
            // Disposing the limited view with the request leaves the file open for the next chunk.
            patch.Content = new StreamContent(new LimitedStream(file, size), 1 << 20);
            patch.Content.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
            patch.Content.Headers.ContentLength = size;
            using var response = await client.SendAsync(patch);
            if (response.StatusCode != HttpStatusCode.NoContent)
            {
                throw new InvalidOperationException($"PATCH at {offset}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            offset = long.Parse(response.Headers.GetValues("Upload-Offset").Single(), CultureInfo.InvariantCulture);
        }
    }

    private static async Task<Guid> RegisterCaseAsync(HttpClient client, string data)
    {
        var storage = new StorageSettings(DatabaseProvider.Sqlite, data, null);
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddZhifaPersistence(storage)
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        var matter = (await db.Matters.SingleAsync(m => m.Code == "CZRF-JC-001")).Id;
        var zhang = (await db.Officers.SingleAsync(o => o.CertificateNumber == "14040001")).Id;
        var li = (await db.Officers.SingleAsync(o => o.CertificateNumber == "14040002")).Id;
        var response = await client.PostAsJsonAsync("/api/cases", new
        {
            procedure = "Inspection",
            matterId = matter,
            title = "上传基准测试",
            partyKind = "Unit",
            partyName = "测试单位",
            officerIds = new[] { zhang, li },
        });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    }

    private static long ResidentBytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    private static async Task<Process> StartAsync(string web, string directory)
    {
        Directory.CreateDirectory(directory);
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

    /// <summary>At most <c>limit</c> bytes of the inner stream from its current position.</summary>
    private sealed class LimitedStream(Stream inner, long size) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => size;

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, (int)Math.Min(count, size - _read));
            _read += n;
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer[..(int)Math.Min(buffer.Length, size - _read)], cancellationToken);
            _read += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
