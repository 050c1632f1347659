using System.Data.Common;
using System.Text;
using Zhifa.Domain.Record;

namespace Zhifa.Infrastructure.Record;

/// <summary>
/// The append path's SQL, run directly on the transaction's connection. Appends are the hottest write
/// in the system and each one is a few small rows; going past EF Core's change tracker here keeps an
/// append close to the cost of a plain insert (see bench/results/ledger.md). Column names are EF
/// Core's defaults for the row classes, quoted, which both SQLite and PostgreSQL accept.
/// </summary>
internal sealed class LedgerSql(DbConnection connection, DbTransaction? transaction, bool isSqlite)
{
    public async Task<long> SizeAsync(CancellationToken ct)
    {
        await using var command = Command("SELECT MAX(\"Index\") FROM ledger_entries");
        var result = await command.ExecuteScalarAsync(ct);
        return result is null or DBNull ? 0 : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture) + 1;
    }

    public async Task<Dictionary<NodeId, byte[]>> NodesAsync(IReadOnlyList<NodeId> ids, CancellationToken ct)
    {
        var nodes = new Dictionary<NodeId, byte[]>();
        if (ids.Count == 0)
        {
            return nodes;
        }

        var sql = new StringBuilder("SELECT \"Level\", \"Index\", \"Hash\" FROM ledger_nodes WHERE ");
        await using var command = Command("");
        for (var i = 0; i < ids.Count; i++)
        {
            sql.Append(i == 0 ? "" : " OR ").Append(System.Globalization.CultureInfo.InvariantCulture, $"(\"Level\" = @l{i} AND \"Index\" = @i{i})");
            Add(command, $"l{i}", ids[i].Level);
            Add(command, $"i{i}", ids[i].Index);
        }

        command.CommandText = sql.ToString();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            nodes[new NodeId(reader.GetInt32(0), reader.GetInt64(1))] = (byte[])reader.GetValue(2);
        }

        return nodes;
    }

    public async Task InsertEntryAsync(LedgerEntryRow row, byte[] payload, IEnumerable<TreeNode> nodes, CancellationToken ct)
    {
        await using (var entry = Command(
            "INSERT INTO ledger_entries (\"Index\", \"Leaf\", \"LeafHash\", \"Time\", \"Actor\", \"Organisation\", \"Action\", \"Subject\") " +
            "VALUES (@index, @leaf, @leafHash, @time, @actor, @organisation, @action, @subject)"))
        {
            Add(entry, "index", row.Index);
            Add(entry, "leaf", row.Leaf);
            Add(entry, "leafHash", row.LeafHash);
            Add(entry, "time", isSqlite ? row.Time.UtcTicks : row.Time.ToUniversalTime());
            Add(entry, "actor", row.Actor);
            Add(entry, "organisation", row.Organisation);
            Add(entry, "action", row.Action);
            Add(entry, "subject", row.Subject);
            await entry.ExecuteNonQueryAsync(ct);
        }

        await using (var stored = Command("INSERT INTO ledger_payloads (\"EntryIndex\", \"Payload\") VALUES (@index, @payload)"))
        {
            Add(stored, "index", row.Index);
            Add(stored, "payload", payload);
            await stored.ExecuteNonQueryAsync(ct);
        }

        foreach (var node in nodes)
        {
            await using var insert = Command("INSERT INTO ledger_nodes (\"Level\", \"Index\", \"Hash\") VALUES (@level, @index, @hash)");
            Add(insert, "level", node.Id.Level);
            Add(insert, "index", node.Id.Index);
            Add(insert, "hash", node.Hash);
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    private DbCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
