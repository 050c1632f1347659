using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Zhifa.Web.Tests.Support;

/// <summary>
/// The platform in memory on a database of its own (a SQLite file in a temporary folder, or a fresh
/// PostgreSQL database), migrated and loaded with the demo agency, with a fake clock.
/// </summary>
public class ZhifaFactory : WebApplicationFactory<Program>
{
    /// <summary>The suite's "today": 2026-06-01 10:00 in China, so 2025 certificates have expired.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly string _dataDirectory;
    private readonly string _databaseName;
    private readonly bool _ownsData;

    public ZhifaFactory()
        : this(TestStore.NewDataDirectory(), TestStore.NewDatabaseName(), ownsData: true)
    {
    }

    /// <summary>
    /// Opens the platform on the given data folder and database. Disposing removes them only when
    /// <paramref name="ownsData"/> is true, so a <see cref="TestStore"/> can keep them for the next host.
    /// </summary>
    protected ZhifaFactory(string dataDirectory, string databaseName, bool ownsData)
    {
        _dataDirectory = dataDirectory;
        _databaseName = databaseName;
        _ownsData = ownsData;
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    public string DataDirectory => _dataDirectory;

    /// <summary>Whether steps the recording matters list names need a recording attached (off unless a test asks).</summary>
    public bool RequireRecordings { get; init; }

    public string? PostgresConnectionString => TestDatabase.IsPostgres
        ? new NpgsqlConnectionStringBuilder(TestDatabase.PostgresServer) { Database = _databaseName }.ConnectionString
        : null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Zhifa:DataDirectory", _dataDirectory);
        builder.UseSetting("Zhifa:LoadDemo", "true");

        // Most tests drive cases without media; the evidence tests turn the recording rule back on.
        builder.UseSetting("Cases:RequireRecordings", RequireRecordings ? "true" : "false");
        builder.UseSetting("Database:Provider", TestDatabase.IsPostgres ? "postgres" : "sqlite");
        if (PostgresConnectionString is { } postgres)
        {
            builder.UseSetting("ConnectionStrings:Postgres", postgres);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (!_ownsData)
        {
            return;
        }

        if (PostgresConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestDatabase.PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
