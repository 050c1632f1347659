using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Record;
using Zhifa.Infrastructure.Files;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Record;

/// <summary>
/// Checks the whole deployment offline: every entry against its bytes, position, payload and the tree;
/// every checkpoint's signature, its root against the entries, and its consistency with the next; every
/// file the log refers to against its hash. Stops at the first failure and names it.
/// </summary>
public sealed class LedgerVerifier(ZhifaDbContext db, LedgerLog log, LedgerSettings settings, ContentStore files)
{
    private const int BatchSize = 5000;

    public async Task<VerifyReport> VerifyAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var (info, hasher) = await log.OpenAsync(ct);
        var checkpoints = await db.LedgerCheckpoints.AsNoTracking().OrderBy(c => c.Size).ToListAsync(ct);
        var run = new Run(hasher, checkpoints);

        var failure = await CheckCheckpointNotesAsync(info, checkpoints)
            ?? await CheckEntriesAsync(run, ct)
            ?? CheckRemainingCheckpoints(run)
            ?? await CheckConsistencyAsync(hasher, checkpoints, ct)
            ?? await CheckFilesAsync(run, ct);

        return new VerifyReport(failure, run.Size, checkpoints.Count, run.Files.Count, run.LeafBytes, watch.Elapsed);
    }

    private Task<string?> CheckCheckpointNotesAsync(LedgerInfoRow info, List<LedgerCheckpointRow> checkpoints)
    {
        var key = LedgerKey.LoadExisting(settings.KeyFile);
        if (key is null && checkpoints.Count > 0)
        {
            return Task.FromResult<string?>(
                $"the ledger key file {settings.KeyFile} is missing, so no checkpoint can be checked; restore it from backup (Ledger:KeyFile)");
        }

        foreach (var row in checkpoints)
        {
            ArgumentNullException.ThrowIfNull(key);
            var note = SignedNote.Parse(row.SignedNote);
            if (!note.IsSuccess)
            {
                return Task.FromResult<string?>($"checkpoint at size {row.Size}: the note is malformed ({note.Errors[0].Message})");
            }

            var verified = note.Value.Verify([key.Pair.VerifierKey]);
            if (!verified.IsSuccess)
            {
                return Task.FromResult<string?>($"checkpoint at size {row.Size}: the signature does not verify with key {key.VerifierKey} ({verified.Errors[0].Message})");
            }

            var checkpoint = Checkpoint.Parse(note.Value.Text);
            if (!checkpoint.IsSuccess || checkpoint.Value.Size != row.Size || checkpoint.Value.Origin != info.Origin
                || !checkpoint.Value.RootHash.AsSpan().SequenceEqual(row.RootHash))
            {
                return Task.FromResult<string?>($"checkpoint at size {row.Size}: the signed text does not match the stored size, origin or root");
            }
        }

        return Task.FromResult<string?>(null);
    }

    private async Task<string?> CheckEntriesAsync(Run run, CancellationToken ct)
    {
        while (true)
        {
            var start = run.Size;
            var entries = await db.LedgerEntries.AsNoTracking()
                .Where(e => e.Index >= start).OrderBy(e => e.Index).Take(BatchSize).ToListAsync(ct);
            if (entries.Count == 0)
            {
                return null;
            }

            var last = entries[^1].Index;
            var payloads = await db.LedgerPayloads.AsNoTracking()
                .Where(p => p.EntryIndex >= start && p.EntryIndex <= last).ToDictionaryAsync(p => p.EntryIndex, p => p.Payload, ct);
            var leafNodes = await db.LedgerNodes.AsNoTracking()
                .Where(n => n.Level == 0 && n.Index >= start && n.Index <= last).ToDictionaryAsync(n => n.Index, n => n.Hash, ct);
            var innerNodes = await InnerNodesCompletedAsync(start, last, ct);

            foreach (var row in entries)
            {
                if (run.CheckEntry(row, payloads.GetValueOrDefault(row.Index), leafNodes.GetValueOrDefault(row.Index), innerNodes) is { } failure)
                {
                    return failure;
                }
            }
        }
    }

    // Proofs are built from the stored inner nodes, so each must equal the hash recomputed from the entries.
    // Leaf (i + 1)·2^level − 1 completes node (level, i), and this reads the nodes that leaves [first, last] complete.
    private async Task<Dictionary<NodeId, byte[]>> InnerNodesCompletedAsync(long first, long last, CancellationToken ct)
    {
        var nodes = new Dictionary<NodeId, byte[]>();
        for (var level = 1; level <= NodeId.MaxLevel && (1L << level) <= last + 1; level++)
        {
            var low = ((first + (1L << level)) >> level) - 1;
            var high = ((last + 1) >> level) - 1;
            if (low > high)
            {
                continue;
            }

            var atLevel = level;
            var rows = await db.LedgerNodes.AsNoTracking()
                .Where(n => n.Level == atLevel && n.Index >= low && n.Index <= high).ToListAsync(ct);
            foreach (var row in rows)
            {
                nodes[new NodeId(row.Level, row.Index)] = row.Hash;
            }
        }

        return nodes;
    }

    private static string? CheckRemainingCheckpoints(Run run) =>
        run.NextCheckpoint is { } missing
            ? $"checkpoint at size {missing.Size} covers entries the log no longer has (it has {run.Size}): entries were removed after it was signed"
            : null;

    private async Task<string?> CheckConsistencyAsync(MerkleHasher hasher, List<LedgerCheckpointRow> checkpoints, CancellationToken ct)
    {
        var verifier = new ProofVerifier(hasher);
        foreach (var (earlier, later) in checkpoints.Where(c => c.Size > 0).Zip(checkpoints.Where(c => c.Size > 0).Skip(1)))
        {
            var plan = TreeMath.ConsistencyPlan(earlier.Size, later.Size).Value;
            var nodes = await NodeStore.ReadAsync(db, plan.RequiredNodes, ct);
            if (plan.RequiredNodes.Any(id => !nodes.ContainsKey(id)))
            {
                return $"checkpoints at sizes {earlier.Size} and {later.Size}: tree nodes needed for their consistency proof are missing";
            }

            var result = verifier.VerifyConsistency(earlier.Size, later.Size, ProofBuilder.Build(plan, nodes, hasher), earlier.RootHash, later.RootHash);
            if (!result.IsValid)
            {
                return $"checkpoints at sizes {earlier.Size} and {later.Size}: not consistent ({result.Error!.Message})";
            }
        }

        return null;
    }

    private async Task<string?> CheckFilesAsync(Run run, CancellationToken ct)
    {
        foreach (var (hash, entryIndex) in run.Files)
        {
            var actual = await files.HashOfStoredAsync(hash, ct);
            if (actual is null)
            {
                return $"file {hash} (entry {entryIndex}) is missing from the file store";
            }

            if (actual != hash)
            {
                return $"file {hash} (entry {entryIndex}) was changed: its content now hashes to {actual}";
            }
        }

        return null;
    }

    /// <summary>The state of one pass over the entries: the tree's frontier and the checkpoints still ahead.</summary>
    private sealed class Run(MerkleHasher hasher, List<LedgerCheckpointRow> checkpoints)
    {
        private readonly Dictionary<NodeId, byte[]> _frontier = [];
        private int _nextCheckpoint = checkpoints.FindIndex(c => c.Size > 0) is var i && i >= 0 ? i : checkpoints.Count;

        public long Size { get; private set; }

        public long LeafBytes { get; private set; }

        public Dictionary<string, long> Files { get; } = [];

        public LedgerCheckpointRow? NextCheckpoint => _nextCheckpoint < checkpoints.Count ? checkpoints[_nextCheckpoint] : null;

        public string? CheckEntry(
            LedgerEntryRow row,
            byte[]? payload,
            byte[]? storedLeafNode,
            Dictionary<NodeId, byte[]> storedInnerNodes)
        {
            if (row.Index != Size)
            {
                return $"entry {Size} is missing: the next stored entry is {row.Index}";
            }

            var decoded = LedgerEntry.Decode(row.Leaf);
            if (!decoded.IsSuccess)
            {
                return $"entry {Size}: its bytes are not a valid canonical entry ({decoded.Errors[0].Message})";
            }

            if (decoded.Value.Index != Size)
            {
                return $"entry {Size}: its bytes say index {decoded.Value.Index}; entries were moved or swapped";
            }

            var leafHash = hasher.HashLeaf(row.Leaf);
            LeafBytes += row.Leaf.Length;
            if (!leafHash.AsSpan().SequenceEqual(row.LeafHash) || storedLeafNode is null || !leafHash.AsSpan().SequenceEqual(storedLeafNode))
            {
                return $"entry {Size}: its bytes do not match its recorded leaf hash; the entry was changed";
            }

            if (payload is null || Convert.ToHexStringLower(SHA256.HashData(payload)) != decoded.Value.PayloadSha256)
            {
                return $"entry {Size}: its payload is missing or does not match payload_sha256";
            }

            foreach (var file in decoded.Value.FileSha256)
            {
                Files.TryAdd(file, Size);
            }

            foreach (var node in TreeAppend.NewNodes(Size, leafHash, id => _frontier[id], hasher))
            {
                if (node.Id.Level > 0
                    && (!storedInnerNodes.TryGetValue(node.Id, out var stored) || !stored.AsSpan().SequenceEqual(node.Hash)))
                {
                    return $"tree node at level {node.Id.Level}, index {node.Id.Index} (entries {node.Id.FirstLeaf} to {node.Id.EndLeaf - 1}): its stored hash is missing or does not match the entries; the tree was changed";
                }

                _frontier[node.Id] = node.Hash;
            }

            Size++;
            Prune();
            return CheckCheckpointAt();
        }

        private string? CheckCheckpointAt()
        {
            if (NextCheckpoint is not { } checkpoint || checkpoint.Size != Size)
            {
                return null;
            }

            _nextCheckpoint++;
            var root = ProofBuilder.Root(Size, _frontier, hasher);
            return root.AsSpan().SequenceEqual(checkpoint.RootHash)
                ? null
                : $"checkpoint at size {checkpoint.Size}: the entries no longer produce its signed root; an entry before index {checkpoint.Size} was changed, added or removed";
        }

        private void Prune()
        {
            var keep = TreeMath.FrontierFor(Size).ToHashSet();
            foreach (var id in _frontier.Keys.Where(id => !keep.Contains(id)).ToList())
            {
                _frontier.Remove(id);
            }
        }
    }
}

/// <summary>The outcome of <see cref="LedgerVerifier.VerifyAsync"/>: <see cref="Failure"/> is null when all holds.</summary>
public sealed record VerifyReport(string? Failure, long Entries, int Checkpoints, int Files, long LeafBytes, TimeSpan Elapsed)
{
    public bool IsValid => Failure is null;
}
