using System.Net;
using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Transfer;

namespace Zhifa.Infrastructure.Files;

/// <summary>
/// Files stored by content in an S3-compatible bucket, under "sha256/ab/cd/abcd…". A stream is first written
/// to a local temporary file while its SHA-256 is computed (the key is the hash, so it must be known before
/// the upload), then sent in parts by the SDK's transfer utility; memory stays flat.
/// </summary>
/// <remarks>
/// <see cref="OpenReadAsync"/> returns a seekable stream that asks the bucket for the bytes from the current
/// position on, so range requests fetch only what they serve.
/// </remarks>
public sealed class S3ContentStore(S3StoreSettings settings, string temporaryDirectory) : IContentStore, IDisposable
{
    private readonly AmazonS3Client _client = new(
        new BasicAWSCredentials(settings.AccessKey, settings.SecretKey),
        new AmazonS3Config
        {
            ServiceURL = settings.ServiceUrl,
            ForcePathStyle = settings.ForcePathStyle,
            AuthenticationRegion = settings.Region,

            // SDK v4 otherwise sends bodies in aws-chunked framing with trailing checksums, which several
            // S3-compatible servers store verbatim; the key is the SHA-256 already, checked on every verify.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });

    private const long SinglePutLimit = 5L << 30;

    public static string KeyFor(string sha256) => $"sha256/{sha256[..2]}/{sha256[2..4]}/{sha256}";

    public async Task<bool> ExistsAsync(string sha256, CancellationToken ct)
    {
        try
        {
            await _client.GetObjectMetadataAsync(settings.Bucket, KeyFor(sha256), ct);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task<string> PutAsync(Stream content, CancellationToken ct)
    {
        Directory.CreateDirectory(temporaryDirectory);
        var temporary = Path.Combine(temporaryDirectory, $".s3-incoming-{Guid.NewGuid():N}");
        string hash;
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }

            hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        }

        await AdoptAsync(temporary, hash, ct);
        return hash;
    }

    public async Task<bool> AdoptAsync(string path, string sha256, CancellationToken ct)
    {
        try
        {
            if (await ExistsAsync(sha256, ct))
            {
                return false;
            }

            if (new FileInfo(path).Length < SinglePutLimit)
            {
                // A single PUT without aws-chunked framing: S3-compatible servers such as s3rver store
                // chunk-signed bodies with their framing.
                await _client.PutObjectAsync(
                    new Amazon.S3.Model.PutObjectRequest { BucketName = settings.Bucket, Key = KeyFor(sha256), FilePath = path, UseChunkEncoding = false },
                    ct);
            }
            else
            {
                // NOTE: multipart uploads (files of 5 GiB and more) were not run against an S3-compatible server here.
                using var transfer = new TransferUtility(_client);
                await transfer.UploadAsync(
                    new TransferUtilityUploadRequest { BucketName = settings.Bucket, Key = KeyFor(sha256), FilePath = path },
                    ct);
            }

            return true;
        }
        finally
        {
            File.Delete(path);
        }
    }

    public async Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct)
    {
        try
        {
            var metadata = await _client.GetObjectMetadataAsync(settings.Bucket, KeyFor(sha256), ct);
            return new S3RangeStream(_client, settings.Bucket, KeyFor(sha256), metadata.ContentLength);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public void Dispose() => _client.Dispose();
}

/// <summary>Where the S3-compatible bucket is and how to sign in to it.</summary>
public sealed record S3StoreSettings(
    string ServiceUrl, string Bucket, string AccessKey, string SecretKey, string Region = "us-east-1", bool ForcePathStyle = true);

/// <summary>
/// A read-only, seekable view of one object: reading opens a ranged GET from the current position to the end,
/// and seeking closes it, so only the bytes read travel.
/// </summary>
internal sealed class S3RangeStream(AmazonS3Client client, string bucket, string key, long length) : Stream
{
    private Amazon.S3.Model.GetObjectResponse? _response;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= length || buffer.Length == 0)
        {
            return 0;
        }

        _response ??= await client.GetObjectAsync(
            new Amazon.S3.Model.GetObjectRequest { BucketName = bucket, Key = key, ByteRange = new Amazon.S3.Model.ByteRange(_position, length - 1) },
            cancellationToken);
        var read = await _response.ResponseStream.ReadAsync(buffer, cancellationToken);
        _position += read;
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => length + offset,
        };
        if (target != _position)
        {
            _response?.Dispose();
            _response = null;
            _position = Math.Clamp(target, 0, length);
        }

        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _response?.Dispose();
        }

        base.Dispose(disposing);
    }
}
