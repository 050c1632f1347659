using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Zhifa.Infrastructure.Persistence;

/// <summary>
/// Sets SQLite up for durable, concurrent use on every connection: write-ahead logging so readers do
/// not block the writer, synchronous=FULL so an acknowledged commit survives a power cut, and a busy
/// timeout so a writer waits for the lock instead of failing with "database is locked".
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
