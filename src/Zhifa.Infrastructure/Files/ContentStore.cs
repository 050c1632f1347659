using System.Security.Cryptography;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Files;

/// <summary>
/// Files stored by content: each under the lowercase hex SHA-256 of its bytes, computed while it streams
/// in, so the same file is stored once and a file's name proves its content. Files are never deleted.
/// Layout: DATA/files/ab/cd/abcd….
/// </summary>
/// <remarks>
/// Limitation: only the local folder store exists; the S3-compatible store for larger deployments comes
/// with resumable evidence uploads, behind this same class's operations.
/// </remarks>
public sealed class ContentStore(StorageSettings settings)
{
    private string Root => Path.Combine(settings.DataDirectory, "files");

    public string PathFor(string sha256) => Path.Combine(Root, sha256[..2], sha256[2..4], sha256);

    public bool Exists(string sha256) => File.Exists(PathFor(sha256));

    /// <summary>Stores a stream without buffering it whole; returns its SHA-256 (lowercase hex).</summary>
    public async Task<string> PutAsync(Stream content, CancellationToken ct)
    {
        Directory.CreateDirectory(Root);
        var temporary = Path.Combine(Root, $".incoming-{Guid.NewGuid():N}");
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

            await file.FlushAsync(ct);
            file.Flush(flushToDisk: true);
            hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        }

        var target = PathFor(hash);
        if (File.Exists(target))
        {
            File.Delete(temporary);
            return hash;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(temporary, target, overwrite: false);
        return hash;
    }

    /// <summary>Recomputes a stored file's SHA-256, streaming it; null when the file is missing.</summary>
    public async Task<string?> HashOfStoredAsync(string sha256, CancellationToken ct)
    {
        var path = PathFor(sha256);
        if (!File.Exists(path))
        {
            return null;
        }

        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
    }
}
