using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Record;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Record;

/// <summary>
/// Signs a checkpoint of the tree as committed now, when the tree has grown since the last one (or no
/// checkpoint exists yet, so even an empty log has a signed checkpoint). Checkpoints are kept for ever.
/// </summary>
public sealed class CheckpointSigner(ZhifaDbContext db, LedgerLog log, LedgerKey key, TimeProvider clock, CheckpointSignal signal)
{
    /// <summary>Signs if due; returns the latest checkpoint either way.</summary>
    public async Task<LedgerCheckpointRow> SignIfDueAsync(CancellationToken ct)
    {
        var (info, hasher) = await log.OpenAsync(ct);
        var latest = await LatestAsync(ct);
        var size = await LedgerLog.SizeAsync(db, ct);
        if (latest is not null && latest.Size >= size)
        {
            return latest;
        }

        var nodes = await NodeStore.ReadAsync(db, TreeMath.FrontierFor(size), ct);
        var root = ProofBuilder.Root(size, nodes, hasher);
        var note = SignedNote.Sign(new Checkpoint(info.Origin, size, root).Format(), key.Pair);
        var row = new LedgerCheckpointRow { Size = size, RootHash = root, SignedNote = note.Format(), SignedAt = clock.GetUtcNow() };
        db.LedgerCheckpoints.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node signed the same size at the same moment; keep its checkpoint.
            db.ChangeTracker.Clear();
            row = await db.LedgerCheckpoints.AsNoTracking().SingleAsync(c => c.Size == size, ct);
        }

        signal.Covered(size);
        return row;
    }

    public Task<LedgerCheckpointRow?> LatestAsync(CancellationToken ct) =>
        db.LedgerCheckpoints.AsNoTracking().OrderByDescending(c => c.Size).FirstOrDefaultAsync(ct);
}
