using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Zhifa.Domain.Record;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Record;

/// <summary>
/// Reads stored tree nodes by exact id, all in one parameterised query. Going through LINQ here would
/// embed each request's node ids as constants, so EF Core would compile a new query for every proof.
/// </summary>
internal static class NodeStore
{
    public static async Task<Dictionary<NodeId, byte[]>> ReadAsync(
        ZhifaDbContext db,
        IReadOnlyCollection<NodeId> ids,
        CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var sql = new LedgerSql(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), db.IsSqlite);
            return await sql.NodesAsync(ids.Distinct().ToList(), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
