using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Zhifa.Infrastructure.Calendar;
using Zhifa.Infrastructure.Demo;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Web.Hosting;

/// <summary>
/// Brings the database to the current schema before the server accepts requests and, on an empty
/// database where the demo is wanted (by default the embedded one), loads the demo agency so the first
/// start shows a working platform. On every database it then publishes the shipped holiday notices of
/// the years not yet published. A hosted service, so the test host runs it too.
/// </summary>
internal sealed partial class DatabaseStartup(IServiceProvider services, IConfiguration configuration) : IHostedService
{
    /// <summary>"auto" (default: load into an empty SQLite database), "true" or "false".</summary>
    public const string LoadDemoKey = "Zhifa:LoadDemo";

    /// <summary>
    /// "false" stops the shipped State Council holiday notices from being published into an empty
    /// calendar at start-up, for an agency that maintains its calendar entirely by hand.
    /// </summary>
    public const string SeedCalendarKey = "Zhifa:SeedCalendar";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<StorageSettings>();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        await MigrateAsync(db, settings);

        await LedgerKeyCheck.EnsureMatchesLogAsync(db, scope.ServiceProvider.GetRequiredService<LedgerSettings>(), cancellationToken);

        // Loading the key here stops start-up on a corrupt key file before any request is served.
        scope.ServiceProvider.GetRequiredService<LedgerKey>();
        await scope.ServiceProvider.GetRequiredService<LedgerLog>().OpenAsync(cancellationToken);

        if (WantsDemo(settings))
        {
            var loaded = await scope.ServiceProvider.GetRequiredService<DemoAgency>().LoadIfEmptyAsync(CancellationToken.None);
            if (loaded)
            {
                var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Zhifa.Startup");
                DemoLoaded(logger, settings.SqlitePath);
            }
        }

        // After the demo, so the shipped holiday notices are recorded under its top-level office.
        if (SeedsCalendar())
        {
            await scope.ServiceProvider.GetRequiredService<CalendarSeed>().LoadMissingYearsAsync(cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<CheckpointSigner>().SignIfDueAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private bool SeedsCalendar() => (configuration[SeedCalendarKey] ?? "true").Trim().ToUpperInvariant() switch
    {
        "TRUE" or "" => true,
        "FALSE" => false,
        _ => throw new StartupException($"{SeedCalendarKey} is \"{configuration[SeedCalendarKey]}\"; set it to true (the default) or false."),
    };

    private bool WantsDemo(StorageSettings settings) => (configuration[LoadDemoKey] ?? "auto").Trim().ToUpperInvariant() switch
    {
        "AUTO" or "" => settings.Provider == DatabaseProvider.Sqlite,
        "TRUE" => true,
        "FALSE" => false,
        _ => throw new StartupException($"{LoadDemoKey} is \"{configuration[LoadDemoKey]}\"; set it to auto, true or false."),
    };

    public static async Task MigrateAsync(ZhifaDbContext db, StorageSettings settings)
    {
        try
        {
            await db.Database.MigrateAsync();
        }
        catch (Exception e) when (settings.Provider == DatabaseProvider.Postgres && e is NpgsqlException or SocketException or TimeoutException)
        {
            throw new StartupException(
                $"cannot reach PostgreSQL with {StorageConfiguration.PostgresKey} ({Redacted(settings.PostgresConnectionString)}): {e.Message}; start the server or correct the connection string.",
                e);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            throw new StartupException(
                $"cannot open the SQLite database {settings.SqlitePath}: {e.Message}; check the file and the data folder ({StorageConfiguration.DataDirectoryVariable}).",
                e);
        }
    }

    private static string Redacted(string? connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Password = null };
            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "unreadable connection string";
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Loaded the demo agency into the empty database {Path}")]
    private static partial void DemoLoaded(ILogger logger, string path);
}
