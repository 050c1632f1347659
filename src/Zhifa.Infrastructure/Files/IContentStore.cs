namespace Zhifa.Infrastructure.Files;

/// <summary>
/// Files stored by content: each under the lowercase hex SHA-256 of its bytes, so the same file is stored
/// once and a file's name proves its content. Files are never deleted. <see cref="ContentStore"/> keeps them
/// in the data folder (the default); <see cref="S3ContentStore"/> in an S3-compatible bucket.
/// </summary>
public interface IContentStore
{
    Task<bool> ExistsAsync(string sha256, CancellationToken ct);

    /// <summary>Stores a stream without buffering it whole; returns its SHA-256 (lowercase hex).</summary>
    Task<string> PutAsync(Stream content, CancellationToken ct);

    /// <summary>
    /// Takes a finished local file whose SHA-256 the caller computed while it streamed in. The file is moved
    /// (or uploaded and deleted); when the store already holds that content, the file is only deleted.
    /// Returns true when the content was new.
    /// </summary>
    Task<bool> AdoptAsync(string path, string sha256, CancellationToken ct);

    /// <summary>Opens a stored file for reading; null when it is missing.</summary>
    Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct);
}
