using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Zhifa.Infrastructure.Demo;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Evidence;

/// <summary>
/// Uploads to the real executable over loopback: a connection cut half way (FC-06), the host killed with
/// SIGKILL during an upload, and the standard tus-js-client run by Node.js.
/// </summary>
public sealed class ProcessUploadTests
{
    private const long FileLength = 104_857_600;
    private const long CutAt = 38_797_312;

    [Fact]
    public async Task Cut_connection_resumes_from_the_server_offset_and_stale_offsets_get_409()
    {
        await using var store = new TestStore();
        var caseId = await CaseOnStoreAsync(store);
        using var media = new TestMedia();
        var path = media.Patterned(FileLength);
        using var host = StartHost(store);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        var (client, cookie) = await SignInAsync(host);
        using var _ = client;
        var url = await TusTestClient.CreateAsync(client, caseId, FileLength, "cut.bin");

        await SendAndCutAsync(host.BaseAddress!, url, cookie, path, CutAt, store);
        Assert.Equal(CutAt, await SettledOffsetAsync(client, url, CutAt));

        using (var ahead = await TusTestClient.PatchAsync(client, url, 41_943_040, new byte[1024]))
        {
            Assert.Equal(HttpStatusCode.Conflict, ahead.StatusCode);
            Assert.Equal(CutAt, TusTestClient.Offset(ahead));
        }

        using (var start = await TusTestClient.PatchAsync(client, url, 0, new byte[1024]))
        {
            Assert.Equal(HttpStatusCode.Conflict, start.StatusCode);
        }

        Assert.Equal(CutAt, await TusTestClient.OffsetAsync(client, url));
        var evidenceId = await TusTestClient.SendRestAsync(client, url, path, chunk: 16 << 20);
        var item = await TusTestClient.EvidenceAsync(client, caseId, evidenceId);
        Assert.Equal(await TusTestClient.Sha256Async(path), item.GetProperty("sha256").GetString());
        Assert.Equal(FileLength, item.GetProperty("length").GetInt64());
    }

    [Fact]
    public async Task Killed_host_resumes_the_upload_after_restart()
    {
        await using var store = new TestStore();
        var caseId = await CaseOnStoreAsync(store);
        using var media = new TestMedia();
        var path = media.Patterned(64 << 20);
        string url;
        long stored;
        using (var host = StartHost(store))
        {
            await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
            var (client, cookie) = await SignInAsync(host);
            using var _ = client;
            url = await TusTestClient.CreateAsync(client, caseId, new FileInfo(path).Length, "killed.bin");

            // The body is declared whole but only 20,000,000 bytes go out; the host is killed mid-request.
            using var socket = await OpenPatchAsync(host.BaseAddress!, url, cookie, new FileInfo(path).Length);
            await using (var file = File.OpenRead(path))
            {
                await CopyAsync(file, socket.GetStream(), 20_000_000);
            }

            await WaitForPartLengthAsync(store, 16 << 20);
            host.KillNow();
            await host.WaitForExitAsync(TimeSpan.FromSeconds(30));
            stored = new FileInfo(Directory.GetFiles(Path.Combine(store.DataDirectory, "uploads")).Single()).Length;
        }

        using var restarted = StartHost(store);
        await restarted.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        var (again, _) = await SignInAsync(restarted);
        using (again)
        {
            // The restarted host resumes from what the disk holds.
            Assert.InRange(stored, 16 << 20, 20_000_000);
            Assert.Equal(stored, await TusTestClient.OffsetAsync(again, url));
            var evidenceId = await TusTestClient.SendRestAsync(again, url, path, chunk: 8 << 20);
            var item = await TusTestClient.EvidenceAsync(again, caseId, evidenceId);
            Assert.Equal(await TusTestClient.Sha256Async(path), item.GetProperty("sha256").GetString());
        }
    }

    [Fact]
    public async Task Standard_tus_js_client_uploads_a_video()
    {
        await using var store = new TestStore();
        var caseId = await CaseOnStoreAsync(store);
        using var media = new TestMedia();
        var video = await media.VideoAsync(seconds: 5);
        using var host = StartHost(store);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        var (client, cookie) = await SignInAsync(host);
        using var _ = client;

        var script = Path.Combine(Python.RepositoryRoot, "tests", "tus-client", "upload.mjs");
        Assert.True(
            Directory.Exists(Path.Combine(Python.RepositoryRoot, "tests", "tus-client", "node_modules", "tus-js-client")),
            "tus-js-client is not installed; scripts/test.sh runs npm ci in tests/tus-client.");
        var output = await Tool.RunAsync("node", script, host.BaseAddress!.ToString().TrimEnd('/'), video, cookie, caseId.ToString());

        var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
        var evidenceId = Guid.Parse(result.GetProperty("evidenceId").GetString()!);
        var item = await TusTestClient.EvidenceAsync(client, caseId, evidenceId);
        Assert.Equal(await TusTestClient.Sha256Async(video), item.GetProperty("sha256").GetString());
        Assert.Equal("h264,aac", item.GetProperty("codecs").GetString());
    }

    private static ZhifaProcess StartHost(TestStore store) => ZhifaProcess.StartHost(store, ("Zhifa__LoadDemo", "false"));

    // Registers an inspection case on the store with the in-memory host, which loads the demo agency.
    private static async Task<Guid> CaseOnStoreAsync(TestStore store)
    {
        await using var factory = store.OpenHost();
        return await EvidenceCases.InspectionReadyAsync(new CaseApiClient(factory));
    }

    private static async Task<(HttpClient Client, string Cookie)> SignInAsync(ZhifaProcess host)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = cookies, UseProxy = false })
        {
            BaseAddress = host.BaseAddress,
            Timeout = TimeSpan.FromMinutes(5),
        };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = "officer", password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        return (client, cookies.GetCookieHeader(host.BaseAddress!));
    }

    // Opens a socket and sends the head of a PATCH at offset 0 that declares the whole file as its body.
    private static async Task<TcpClient> OpenPatchAsync(Uri baseAddress, string url, string cookie, long contentLength)
    {
        var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, baseAddress.Port);
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"PATCH {url} HTTP/1.1\r\n")
            .Append(CultureInfo.InvariantCulture, $"Host: 127.0.0.1:{baseAddress.Port}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Cookie: {cookie}\r\n")
            .Append("Tus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\nContent-Type: application/offset+octet-stream\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {contentLength}\r\n\r\n")
            .ToString();
        await socket.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head));
        return socket;
    }

    // Sends the first bytes of the file, waits until the server has written them, then closes the connection.
    private static async Task SendAndCutAsync(Uri baseAddress, string url, string cookie, string path, long cutAt, TestStore store)
    {
        using var socket = await OpenPatchAsync(baseAddress, url, cookie, new FileInfo(path).Length);
        await using var file = File.OpenRead(path);
        await CopyAsync(file, socket.GetStream(), cutAt);
        await WaitForPartLengthAsync(store, cutAt);
        socket.Client.Shutdown(SocketShutdown.Both);
    }

    private static async Task CopyAsync(Stream from, Stream to, long count)
    {
        var buffer = new byte[1 << 20];
        while (count > 0)
        {
            var read = await from.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count)));
            await to.WriteAsync(buffer.AsMemory(0, read));
            count -= read;
        }

        await to.FlushAsync();
    }

    // The cut request ends on the server a moment after the socket closes; until then HEAD reports the old offset.
    private static async Task<long> SettledOffsetAsync(HttpClient client, string url, long expected)
    {
        var watch = Stopwatch.StartNew();
        long offset;
        do
        {
            offset = await TusTestClient.OffsetAsync(client, url);
            if (offset == expected)
            {
                return offset;
            }

            await Task.Delay(50);
        }
        while (watch.Elapsed < TimeSpan.FromSeconds(30));
        return offset;
    }

    private static async Task WaitForPartLengthAsync(TestStore store, long length)
    {
        var folder = Path.Combine(store.DataDirectory, "uploads");
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (Directory.Exists(folder) && Directory.GetFiles(folder).Any(f => new FileInfo(f).Length >= length))
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail($"The host never stored {length} bytes.");
    }
}
