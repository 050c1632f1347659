using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Zhifa.Domain.Record;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Record;

/// <summary>
/// Saves a change together with its entries in the full-process record, in one transaction: either the
/// change and its entries are committed, or neither is. Appends are serialised (PostgreSQL advisory
/// lock; SQLite's single writer, taken by BEGIN IMMEDIATE), so every node of a deployment sees one order
/// and one tree.
/// </summary>
public sealed class RecordWriter(ZhifaDbContext db, LedgerLog log, TimeProvider clock, CheckpointSignal signal)
{
    // Any constant works; it only has to be the same on every node of a deployment.
    private const long AppendLockKey = 0x7A68_6966_6131;

    private static readonly JsonSerializerOptions PayloadJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Saves the context's pending changes and appends one entry per action; returns the entries'
    /// indexes. Throws what <see cref="DbContext.SaveChangesAsync(CancellationToken)"/> throws, with
    /// nothing committed.
    /// </summary>
    public Task<IReadOnlyList<long>> SaveAsync(IReadOnlyList<RecordAction> actions, CancellationToken ct) =>
        SaveAsync(_ => Task.CompletedTask, () => actions, ct);

    /// <summary>
    /// Runs <paramref name="work"/> inside the transaction (it may save several times, as Identity's
    /// managers do), then appends the entries that <paramref name="actionsAfterWork"/> returns and commits.
    /// If any step throws, nothing is committed.
    /// </summary>
    public async Task<IReadOnlyList<long>> SaveAsync(
        Func<CancellationToken, Task> work,
        Func<IReadOnlyList<RecordAction>> actionsAfterWork,
        CancellationToken ct)
    {
        var (_, hasher) = await log.OpenAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!db.IsSqlite)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AppendLockKey})", ct);
        }

        await work(ct);
        var actions = actionsAfterWork();
        await db.SaveChangesAsync(ct);

        var sql = new LedgerSql(db.Database.GetDbConnection(), transaction.GetDbTransaction(), db.IsSqlite);
        var size = await sql.SizeAsync(ct);
        var created = new Dictionary<NodeId, byte[]>();
        var indexes = new List<long>();
        foreach (var action in actions)
        {
            indexes.Add(await AppendAsync(sql, action, size + indexes.Count, hasher, created, ct));
        }

        await transaction.CommitAsync(ct);
        signal.Appended(size + indexes.Count);
        return indexes;
    }

    private async Task<long> AppendAsync(
        LedgerSql sql,
        RecordAction action,
        long index,
        MerkleHasher hasher,
        Dictionary<NodeId, byte[]> created,
        CancellationToken ct)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(action.Payload, PayloadJson);
        var entry = new LedgerEntry
        {
            Index = index,
            Time = clock.GetUtcNow(),
            Actor = action.Actor,
            Certificate = action.Certificate ?? "",
            Organisation = action.Organisation.ToString(),
            Action = action.Action,
            Subject = action.Subject,
            PayloadSha256 = Convert.ToHexStringLower(SHA256.HashData(payload)),
            FileSha256 = action.FileSha256 ?? [],
        };
        var leaf = entry.Encode();
        var leafHash = hasher.HashLeaf(leaf);

        var missing = TreeAppend.RequiredNodes(index).Where(id => !created.ContainsKey(id)).ToList();
        var stored = await sql.NodesAsync(missing, ct);
        var nodes = TreeAppend.NewNodes(index, leafHash, id => created.GetValueOrDefault(id) ?? stored.GetValueOrDefault(id)!, hasher);
        foreach (var node in nodes)
        {
            created[node.Id] = node.Hash;
        }

        var row = new LedgerEntryRow
        {
            Index = index,
            Leaf = leaf,
            LeafHash = leafHash,
            Time = entry.Time,
            Actor = entry.Actor,
            Organisation = entry.Organisation,
            Action = entry.Action,
            Subject = entry.Subject,
        };
        await sql.InsertEntryAsync(row, payload, nodes, ct);
        return index;
    }
}
