namespace Zhifa.Infrastructure.Record;

/// <summary>
/// Wakes the checkpoint service when this node has appended enough entries since the last checkpoint,
/// so a checkpoint follows at least every N entries, not only every M seconds.
/// </summary>
public sealed class CheckpointSignal(LedgerSettings settings) : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);
    private long _lastSignedSize;

    public void Appended(long size)
    {
        if (size - Interlocked.Read(ref _lastSignedSize) >= settings.CheckpointEveryEntries && _wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled by a concurrent append.
            }
        }
    }

    public void Covered(long size) => Interlocked.Exchange(ref _lastSignedSize, size);

    public void Dispose() => _wake.Dispose();

    /// <summary>Waits until signalled or until <paramref name="timeout"/> passes.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _wake.WaitAsync(timeout, ct);
}
