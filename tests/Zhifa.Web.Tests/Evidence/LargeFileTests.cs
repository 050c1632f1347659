using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Evidence;

/// <summary>
/// FC-09: a 5,000,000,000-byte upload in 256 MiB chunks, so chunk boundaries fall exactly on 2^31 and 2^32.
/// Offsets and lengths must survive past 32 bits everywhere: headers, the database and the stored file.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class LargeFileTests
{
    private const long Length = 5_000_000_000;
    private const int Chunk = 256 << 20;

    [Fact]
    public async Task Five_gigabyte_upload_keeps_64_bit_offsets()
    {
        await using var factory = new ZhifaFactory();
        var api = new CaseApiClient(factory);
        var caseId = await EvidenceCases.InspectionReadyAsync(api);
        var officer = await api.AsAsync("officer");

        using (var tooLarge = await TusTestClient.CreateRawAsync(officer, (16L << 30) + 1, TusTestClient.Metadata(("caseId", caseId.ToString()))))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        }

        var url = await TusTestClient.CreateAsync(officer, caseId, Length, "long-video.bin");
        var offsets = new List<long>();
        long offset = 0;
        Guid? evidenceId = null;
        while (offset < Length)
        {
            var size = (int)Math.Min(Chunk, Length - offset);
            using var response = await TusTestClient.PatchAsync(officer, url, offset, new PatternContent(offset, size));
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            offset = TusTestClient.Offset(response);
            offsets.Add(offset);
            if (response.Headers.TryGetValues("Zhifa-Evidence-Id", out var ids))
            {
                evidenceId = Guid.Parse(ids.Single());
            }
        }

        Assert.Contains(2_147_483_648L, offsets);
        Assert.Contains(4_294_967_296L, offsets);
        Assert.Equal(Length, offsets[^1]);
        Assert.True(offsets.Zip(offsets.Skip(1)).All(p => p.First > 0 && p.Second > p.First));

        var item = await TusTestClient.EvidenceAsync(officer, caseId, evidenceId!.Value);
        Assert.Equal(Length, item.GetProperty("length").GetInt64());
        Assert.Equal(await PatternSha256Async(Length), item.GetProperty("sha256").GetString());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        Assert.Equal(Length, (await db.EvidenceUploads.AsNoTracking().SingleAsync(u => u.CaseId == caseId)).Length);
        Assert.Equal(Length, (await db.EvidenceItems.AsNoTracking().SingleAsync(e => e.CaseId == caseId)).Length);
    }

    private static async Task<string> PatternSha256Async(long length)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var stream = new PatternStream(0, length);
        var buffer = new byte[1 << 20];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Bytes start..start+length of the pattern byte i = i mod 251, generated as they are sent.</summary>
    private sealed class PatternContent(long start, int length) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            new PatternStream(start, length).CopyToAsync(stream, 1 << 20);

        protected override bool TryComputeLength(out long size)
        {
            size = length;
            return true;
        }
    }

    private sealed class PatternStream(long start, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            var value = (int)((start + _position) % 251);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = (byte)value;
                value = value == 250 ? 0 : value + 1;
            }

            _position += n;
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
