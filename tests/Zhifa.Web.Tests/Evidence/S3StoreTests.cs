using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Files;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Evidence;

/// <summary>
/// Evidence in an S3-compatible bucket: s3rver (npm, installed by scripts/test.sh) runs on 127.0.0.1 with a
/// bucket in a temporary folder, and the host is configured with Evidence:Store=s3.
/// </summary>
public sealed class S3StoreTests
{
    [Fact]
    public async Task Upload_is_stored_once_in_the_bucket_and_served_with_ranges()
    {
        using var s3 = await S3rver.StartAsync();
        await using var factory = new S3Factory(s3.Endpoint);
        Assert.IsType<S3ContentStore>(factory.Services.GetRequiredService<IContentStore>());
        using var media = new TestMedia();
        var api = new CaseApiClient(factory);
        var caseId = await EvidenceCases.InspectionReadyAsync(api);
        var officer = await api.AsAsync("officer");
        var video = await media.VideoAsync(seconds: 2);
        var source = await File.ReadAllBytesAsync(video);
        var sha = await TusTestClient.Sha256Async(video);

        var first = await TusTestClient.UploadFileAsync(officer, caseId, video, "inspect");
        await TusTestClient.UploadFileAsync(officer, caseId, video, "inspect");

        Assert.Equal(sha, (await TusTestClient.EvidenceAsync(officer, caseId, first)).GetProperty("sha256").GetString());
        Assert.False(Directory.Exists(Path.Combine(factory.DataDirectory, "files")));
        Assert.Single(Directory.GetFiles(s3.Folder, "*", SearchOption.AllDirectories), f => f.Contains(sha, StringComparison.Ordinal) && f.EndsWith("._S3rver_object", StringComparison.Ordinal));

        using var whole = await officer.GetAsync($"/api/cases/{caseId}/evidence/{first}/content?download=true");
        Assert.Equal(source, await whole.Content.ReadAsByteArrayAsync());
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}/evidence/{first}/content");
        request.Headers.Range = new RangeHeaderValue(100, 4195);
        using var range = await officer.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);
        Assert.Equal(source[100..4196], await range.Content.ReadAsByteArrayAsync());
    }

    private sealed class S3Factory(Uri endpoint) : ZhifaFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Evidence:Store", "s3");
            builder.UseSetting("Evidence:S3ServiceUrl", endpoint.ToString());
            builder.UseSetting("Evidence:S3Bucket", "evidence");
            builder.UseSetting("Evidence:S3AccessKey", "S3RVER");
            builder.UseSetting("Evidence:S3SecretKey", "S3RVER");
        }
    }

    /// <summary>s3rver on a free loopback port, with the bucket "evidence" in a temporary folder.</summary>
    private sealed class S3rver : IDisposable
    {
        private readonly Process _process;

        private S3rver(Process process, Uri endpoint, string folder)
        {
            _process = process;
            Endpoint = endpoint;
            Folder = folder;
        }

        public Uri Endpoint { get; }

        public string Folder { get; }

        public static async Task<S3rver> StartAsync()
        {
            var program = Path.Combine(Python.RepositoryRoot, "tests", "tus-client", "node_modules", "s3rver", "bin", "s3rver.js");
            Assert.True(File.Exists(program), "s3rver is not installed; scripts/test.sh runs npm ci in tests/tus-client.");
            var folder = Directory.CreateTempSubdirectory("zhifa-s3-").FullName;
            var port = FreePort();
            var start = new ProcessStartInfo("node", [program, "--address", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--directory", folder, "--configure-bucket", "evidence", "--silent"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var process = Process.Start(start)!;
            var endpoint = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
            using var client = new HttpClient(new HttpClientHandler { UseProxy = false });
            for (var i = 0; i < 100; i++)
            {
                try
                {
                    using var response = await client.GetAsync(new Uri(endpoint, "evidence"));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return new S3rver(process, endpoint, folder);
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(100);
            }

            process.Kill();
            Assert.Fail($"s3rver did not start: {await process.StandardError.ReadToEndAsync()}");
            return null!;
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit();
            }

            _process.Dispose();
            Directory.Delete(Folder, recursive: true);
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
