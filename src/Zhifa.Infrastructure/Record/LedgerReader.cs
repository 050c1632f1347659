using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Common;
using Zhifa.Domain.Record;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Record;

/// <summary>
/// Serves the public side of the log: entries as their exact bytes, and inclusion and consistency
/// proofs built from stored nodes (one query each, never a scan of the log).
/// </summary>
public sealed class LedgerReader(ZhifaDbContext db, LedgerLog log)
{
    /// <summary>Most entries one request returns.</summary>
    public const int MaxEntriesPerRequest = 1000;

    public Task<long> SizeAsync(CancellationToken ct) => LedgerLog.SizeAsync(db, ct);

    public async Task<Result<IReadOnlyList<LedgerEntryRow>>> EntriesAsync(long start, long end, CancellationToken ct)
    {
        var size = await SizeAsync(ct);
        if (start < 0 || end <= start || end > size || end - start > MaxEntriesPerRequest)
        {
            return Error.Invalid(
                "ledger.range_invalid",
                $"Ask for entries [start, end) with 0 <= start < end <= {size} (the current size) and at most {MaxEntriesPerRequest} at a time.");
        }

        return await db.LedgerEntries.AsNoTracking()
            .Where(e => e.Index >= start && e.Index < end)
            .OrderBy(e => e.Index)
            .ToListAsync(ct);
    }

    public async Task<Result<InclusionProof>> InclusionAsync(long index, long size, CancellationToken ct)
    {
        var current = await SizeAsync(ct);
        if (size < 1 || size > current || index < 0 || index >= size)
        {
            return Error.Invalid(
                "ledger.inclusion_range",
                $"Ask with 1 <= size <= {current} (the current size) and 0 <= index < size.");
        }

        var (_, hasher) = await log.OpenAsync(ct);
        var plan = TreeMath.InclusionPlan(index, size).Value;
        var nodes = await NodeStore.ReadAsync(db, [.. plan.RequiredNodes, new NodeId(0, index), .. TreeMath.FrontierFor(size)], ct);
        return new InclusionProof(
            index,
            size,
            nodes[new NodeId(0, index)],
            ProofBuilder.Build(plan, nodes, hasher),
            ProofBuilder.Root(size, nodes, hasher));
    }

    public async Task<Result<ConsistencyProof>> ConsistencyAsync(long from, long to, CancellationToken ct)
    {
        var current = await SizeAsync(ct);
        if (from < 1 || from > to || to > current)
        {
            return Error.Invalid(
                "ledger.consistency_range",
                $"Ask with 1 <= from <= to <= {current} (the current size); a proof from size 0 proves nothing and is not given.");
        }

        var (_, hasher) = await log.OpenAsync(ct);
        var plan = TreeMath.ConsistencyPlan(from, to).Value;
        var nodes = await NodeStore.ReadAsync(db, [.. plan.RequiredNodes, .. TreeMath.FrontierFor(from), .. TreeMath.FrontierFor(to)], ct);
        return new ConsistencyProof(
            from,
            to,
            ProofBuilder.Build(plan, nodes, hasher),
            ProofBuilder.Root(from, nodes, hasher),
            ProofBuilder.Root(to, nodes, hasher));
    }

    /// <summary>Entries about one subject (a list entry, later a case), oldest first.</summary>
    public async Task<IReadOnlyList<LedgerEntryRow>> TimelineAsync(string subject, CancellationToken ct) =>
        await db.LedgerEntries.AsNoTracking().Where(e => e.Subject == subject).OrderBy(e => e.Index).ToListAsync(ct);
}

/// <summary>An audit path of entry <see cref="Index"/> in the tree of <see cref="Size"/> entries.</summary>
public sealed record InclusionProof(long Index, long Size, byte[] LeafHash, IReadOnlyList<byte[]> Proof, byte[] Root);

/// <summary>A proof that the tree of <see cref="To"/> entries extends the tree of <see cref="From"/>.</summary>
public sealed record ConsistencyProof(long From, long To, IReadOnlyList<byte[]> Proof, byte[] FromRoot, byte[] ToRoot);
