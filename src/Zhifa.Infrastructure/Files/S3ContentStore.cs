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
/// Limitation: <see cref="OpenReadAsync"/> returns the object's response stream, which cannot seek, so
/// range requests on this store serve the whole file.
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
        });

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

            using var transfer = new TransferUtility(_client);
            await transfer.UploadAsync(
                new TransferUtilityUploadRequest
                {
                    BucketName = settings.Bucket,
                    Key = KeyFor(sha256),
                    FilePath = path,
                    ChecksumAlgorithm = ChecksumAlgorithm.SHA256,
                },
                ct);
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
            var response = await _client.GetObjectAsync(settings.Bucket, KeyFor(sha256), ct);
            return response.ResponseStream;
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
