using System.Security.Cryptography;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Files;

/// <summary>
/// Files stored by content in the data folder: each under the lowercase hex SHA-256 of its bytes, computed
/// while it streams in, so the same file is stored once and a file's name proves its content. Files are
/// never deleted. Layout: DATA/files/ab/cd/abcd….
/// </summary>
/// <remarks>
/// Case documents use this store directly; evidence uses <see cref="IContentStore"/>, which configuration
/// can point at an S3-compatible bucket instead.
/// </remarks>
public sealed class ContentStore(StorageSettings settings) : IContentStore
{
    private string Root => Path.Combine(settings.DataDirectory, "files");

    public string PathFor(string sha256) => Path.Combine(Root, sha256[..2], sha256[2..4], sha256);

    public bool Exists(string sha256) => File.Exists(PathFor(sha256));

    public Task<bool> ExistsAsync(string sha256, CancellationToken ct) => Task.FromResult(Exists(sha256));

    public Task<bool> AdoptAsync(string path, string sha256, CancellationToken ct)
    {
        var target = PathFor(sha256);
        if (File.Exists(target))
        {
            File.Delete(path);
            return Task.FromResult(false);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(path, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another upload of the same content won the move.
            File.Delete(path);
            return Task.FromResult(false);
        }

        return Task.FromResult(true);
    }

    public Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct)
    {
        var path = PathFor(sha256);
        Stream? stream = File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true)
            : null;
        return Task.FromResult(stream);
    }

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
