using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Evidence;

/// <summary>
/// FC-07: two PATCH requests racing on one upload. Exactly one may write; HEAD never reports bytes that are
/// not yet accepted; the file comes out byte-identical with one evidence item; 8 parallel uploads stay intact.
/// </summary>
public sealed class ConcurrentPatchTests
{
    private const int TenMiB = 10 << 20;

    [Fact]
    public async Task Racing_patches_at_the_same_offset_let_exactly_one_write()
    {
        await using var factory = new ZhifaFactory();
        using var media = new TestMedia();
        var api = new CaseApiClient(factory);
        var caseId = await EvidenceCases.InspectionReadyAsync(api);
        var officer = await api.AsAsync("officer");
        var path = media.Patterned(2 * TenMiB);
        var bytes = await File.ReadAllBytesAsync(path);
        var url = await TusTestClient.CreateAsync(officer, caseId, bytes.Length, "race.bin");

        // The first body trickles in, so the second PATCH arrives while the first still writes.
        var gate = new TaskCompletionSource();
        var slow = TusTestClient.PatchAsync(officer, url, 0, new SlowContent(bytes.AsMemory(0, TenMiB), gate.Task));
        await WaitUntilWritingAsync(factory);
        using (var head = await TusTestClient.HeadAsync(officer, url))
        {
            Assert.Equal(0, TusTestClient.Offset(head));
        }

        using var second = await TusTestClient.PatchAsync(officer, url, 0, bytes[..TenMiB]);
        gate.SetResult();
        using var first = await slow;

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.True(second.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.Locked, $"The second PATCH got {(int)second.StatusCode}.");
        Assert.Equal(TenMiB, await TusTestClient.OffsetAsync(officer, url));

        var evidenceId = await TusTestClient.SendRestAsync(officer, url, path);
        var item = await TusTestClient.EvidenceAsync(officer, caseId, evidenceId);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), item.GetProperty("sha256").GetString());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        Assert.Equal(1, await db.EvidenceItems.CountAsync(e => e.CaseId == caseId));
    }

    [Fact]
    public async Task Eight_parallel_uploads_come_out_intact()
    {
        await using var factory = new ZhifaFactory();
        using var media = new TestMedia();
        var api = new CaseApiClient(factory);
        var caseId = await EvidenceCases.InspectionReadyAsync(api);
        var officer = await api.AsAsync("officer");
        var files = Enumerable.Range(0, 8).Select(i => media.Patterned((1 << 20) + (i * 7919), $"parallel-{i}.bin")).ToList();

        var ids = await Task.WhenAll(files.Select(f => TusTestClient.UploadFileAsync(officer, caseId, f, chunk: 256 * 1024)));

        for (var i = 0; i < files.Count; i++)
        {
            var item = await TusTestClient.EvidenceAsync(officer, caseId, ids[i]);
            Assert.Equal(await TusTestClient.Sha256Async(files[i]), item.GetProperty("sha256").GetString());
            Assert.Equal(new FileInfo(files[i]).Length, item.GetProperty("length").GetInt64());
        }
    }

    // The upload's part file grows once the first PATCH is writing.
    private static async Task WaitUntilWritingAsync(ZhifaFactory factory)
    {
        var folder = Path.Combine(factory.DataDirectory, "uploads");
        for (var i = 0; i < 200; i++)
        {
            if (Directory.GetFiles(folder).Any(f => new FileInfo(f).Length > 0))
            {
                return;
            }

            await Task.Delay(25);
        }

        Assert.Fail("The first PATCH never started writing.");
    }

    /// <summary>Sends the first 2 MiB (more than the server's write buffer), then waits for the gate before sending the rest.</summary>
    private sealed class SlowContent(ReadOnlyMemory<byte> bytes, Task gate) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(bytes[..(2 << 20)]);
            await stream.FlushAsync();
            await gate;
            await stream.WriteAsync(bytes[(2 << 20)..]);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = bytes.Length;
            return true;
        }
    }
}
