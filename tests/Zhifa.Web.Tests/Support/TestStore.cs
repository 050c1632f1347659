using Microsoft.Data.Sqlite;
using Npgsql;

namespace Zhifa.Web.Tests.Support;

/// <summary>
/// A data folder and, on PostgreSQL, a database that outlive any one host. A test can stop a host, change
/// the stored data, then open another host or run the real executable on the same data. Disposing drops
/// the database and deletes the folder.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    public string DataDirectory { get; } = NewDataDirectory();

    public string DatabaseName { get; } = NewDatabaseName();

    public string SqlitePath => Path.Combine(DataDirectory, "zhifa.db");

    public string KeyFile => Path.Combine(DataDirectory, "keys", "ledger.key");

    public string? PostgresConnectionString => TestDatabase.IsPostgres
        ? new NpgsqlConnectionStringBuilder(TestDatabase.PostgresServer) { Database = DatabaseName }.ConnectionString
        : null;

    /// <summary>The environment that points the real executable at this store, with the demo loaded.</summary>
    public Dictionary<string, string> ProcessEnvironment()
    {
        var environment = new Dictionary<string, string>
        {
            ["ZHIFA_DATA"] = DataDirectory,
            ["Database__Provider"] = TestDatabase.IsPostgres ? "postgres" : "sqlite",
            ["Zhifa__LoadDemo"] = "true",
        };
        if (PostgresConnectionString is { } postgres)
        {
            environment["ConnectionStrings__Postgres"] = postgres;
        }

        return environment;
    }

    /// <summary>Starts a host on this store. With <paramref name="loadDemo"/> false it uses what is stored.</summary>
    public StoreFactory OpenHost(bool loadDemo = true) => new(this, loadDemo);

    public static string NewDataDirectory() =>
        Path.Combine(Path.GetTempPath(), "zhifa-tests", Guid.NewGuid().ToString("N"));

    public static string NewDatabaseName() => "zhifa_test_" + Guid.NewGuid().ToString("N");

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (PostgresConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestDatabase.PostgresServer);
            await connection.OpenAsync();
            var sql = $"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)";
            await using var drop = new NpgsqlCommand(sql, connection);
            await drop.ExecuteNonQueryAsync();
        }

        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
