using System.Collections.Concurrent;

namespace Zhifa.Infrastructure.Evidence;

/// <summary>
/// The uploads this process is writing to now, with the offset they had when the write began. While a PATCH
/// runs, HEAD reports that offset, so it never reports bytes that are not yet flushed and accepted. Another
/// process writing the same upload is kept out by the part file's exclusive share mode.
/// </summary>
public sealed class UploadLocks
{
    private readonly ConcurrentDictionary<Guid, long> _active = new();

    public bool TryEnter(Guid id, long committed) => _active.TryAdd(id, committed);

    public long? Committed(Guid id) => _active.TryGetValue(id, out var offset) ? offset : null;

    public void Exit(Guid id) => _active.TryRemove(id, out _);
}
