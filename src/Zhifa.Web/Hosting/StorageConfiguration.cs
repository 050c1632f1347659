using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Web.Hosting;

/// <summary>
/// Reads where the data lives from configuration and checks it before anything else starts, so a bad
/// value stops start-up with a message that names the setting and the fix.
/// </summary>
internal static class StorageConfiguration
{
    public const string ProviderKey = "Database:Provider";
    public const string PostgresKey = "ConnectionStrings:Postgres";
    public const string DataDirectoryKey = "Zhifa:DataDirectory";
    public const string DataDirectoryVariable = "ZHIFA_DATA";

    public static StorageSettings Read(IConfiguration configuration)
    {
        var provider = ReadProvider(configuration[ProviderKey]);
        var dataDirectory = Path.GetFullPath(
            configuration[DataDirectoryKey] ?? Environment.GetEnvironmentVariable(DataDirectoryVariable) ?? "data");
        EnsureWritable(dataDirectory);

        var postgres = configuration[PostgresKey];
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(postgres))
        {
            throw new StartupException(
                $"{ProviderKey} is postgres but {PostgresKey} is empty; set it, e.g. ConnectionStrings__Postgres=\"Host=db;Database=zhifa;Username=zhifa;Password=...\".");
        }

        return new StorageSettings(provider, dataDirectory, postgres);
    }

    private static DatabaseProvider ReadProvider(string? value) => (value ?? "sqlite").Trim().ToUpperInvariant() switch
    {
        "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" => DatabaseProvider.Postgres,
        _ => throw new StartupException(
            $"{ProviderKey} is \"{value}\", which is not a database Zhifa runs on; set it to sqlite (the default) or postgres."),
    };

    private static void EnsureWritable(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".write-probe-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new StartupException(
                $"the data folder {directory} is not writable ({e.GetType().Name}); set {DataDirectoryVariable} or {DataDirectoryKey} to a folder this user can write to.",
                e);
        }
    }
}
