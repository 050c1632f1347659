using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Bench.Record;

/// <summary>The persistence and record services on a fresh SQLite file, without the web host.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private BenchHost(ServiceProvider services, string directory)
    {
        Services = services;
        Directory = directory;
    }

    public ServiceProvider Services { get; }

    public string Directory { get; }

    public static async Task<BenchHost> CreateAsync()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("zhifa-bench-").FullName;
        var storage = new StorageSettings(DatabaseProvider.Sqlite, directory, null);
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddZhifaPersistence(storage)
            .AddZhifaRecord(new LedgerSettings("bench.local/record", "sha256", Path.Combine(directory, "ledger.key"), 1000, TimeSpan.FromSeconds(10)))
            .BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ZhifaDbContext>().Database.MigrateAsync();
        }

        return new BenchHost(services, directory);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
