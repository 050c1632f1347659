namespace Zhifa.Infrastructure.Persistence;

/// <summary>Where the deployment keeps its data: the database and the data folder for files and keys.</summary>
public sealed record StorageSettings(DatabaseProvider Provider, string DataDirectory, string? PostgresConnectionString)
{
    public string SqlitePath => Path.Combine(DataDirectory, "zhifa.db");

    public string SqliteConnectionString => $"Data Source={SqlitePath};Pooling=True;Default Timeout=30";
}

/// <summary>The databases Zhifa runs on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
