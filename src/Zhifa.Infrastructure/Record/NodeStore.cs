using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Record;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Record;

/// <summary>Reads stored tree nodes by exact id, all in one query.</summary>
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

        var rows = await db.LedgerNodes.AsNoTracking().Where(Matching(ids)).ToListAsync(ct);
        return rows.ToDictionary(r => new NodeId(r.Level, r.Index), r => r.Hash);
    }

    // (level = l1 AND index = i1) OR (level = l2 AND index = i2) ...: exact, and served by the primary key.
    private static Expression<Func<LedgerNodeRow, bool>> Matching(IReadOnlyCollection<NodeId> ids)
    {
        var row = Expression.Parameter(typeof(LedgerNodeRow), "node");
        Expression? body = null;
        foreach (var id in ids.Distinct())
        {
            var match = Expression.AndAlso(
                Expression.Equal(Expression.Property(row, nameof(LedgerNodeRow.Level)), Expression.Constant(id.Level)),
                Expression.Equal(Expression.Property(row, nameof(LedgerNodeRow.Index)), Expression.Constant(id.Index)));
            body = body is null ? match : Expression.OrElse(body, match);
        }

        return Expression.Lambda<Func<LedgerNodeRow, bool>>(body!, row);
    }
}
