using Zhifa.Domain.Record;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Web.Record;

/// <summary>
/// A subject's entries in the full-process record, each with its proof status: included in the latest
/// signed checkpoint (its audit path verified against the signed root), or waiting for the next one.
/// </summary>
public sealed class RecordTimeline(LedgerReader reader, CheckpointSigner checkpoints, LedgerLog log)
{
    public async Task<IReadOnlyList<TimelineEntry>> ForSubjectAsync(string subject, CancellationToken ct)
    {
        var entries = await reader.TimelineAsync(subject, ct);
        var latest = await checkpoints.LatestAsync(ct);
        var (_, hasher) = await log.OpenAsync(ct);
        var timeline = new List<TimelineEntry>();
        foreach (var row in entries)
        {
            var decoded = LedgerEntry.Decode(row.Leaf);
            timeline.Add(decoded.IsSuccess
                ? new TimelineEntry(row.Index, decoded.Value, await StatusAsync(row, latest, hasher, ct), latest?.Size)
                : new TimelineEntry(row.Index, null, ProofStatus.Failed, latest?.Size));
        }

        return timeline;
    }

    private async Task<ProofStatus> StatusAsync(
        LedgerEntryRow row,
        LedgerCheckpointRow? latest,
        MerkleHasher hasher,
        CancellationToken ct)
    {
        if (latest is null || row.Index >= latest.Size)
        {
            return ProofStatus.AwaitingCheckpoint;
        }

        var proof = await reader.InclusionAsync(row.Index, latest.Size, ct);
        if (!proof.IsSuccess)
        {
            return ProofStatus.Failed;
        }

        // The leaf hash is recomputed from the entry's bytes, not read from the stored column, so a
        // changed entry fails here even if its stored hash was left alone.
        var result = new ProofVerifier(hasher)
            .VerifyInclusion(row.Index, latest.Size, hasher.HashLeaf(row.Leaf), proof.Value.Proof, latest.RootHash);
        return result.IsValid ? ProofStatus.Verified : ProofStatus.Failed;
    }
}

/// <summary>One line of a timeline; <see cref="Entry"/> is null when the stored bytes no longer decode.</summary>
public sealed record TimelineEntry(long Index, LedgerEntry? Entry, ProofStatus Status, long? CheckpointSize);

/// <summary>Whether an entry's inclusion in the latest signed checkpoint was verified.</summary>
public enum ProofStatus
{
    Verified,
    AwaitingCheckpoint,
    Failed,
}
