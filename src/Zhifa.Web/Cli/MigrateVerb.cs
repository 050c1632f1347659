using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Hosting;

namespace Zhifa.Web.Cli;

/// <summary>Brings the configured database to the current schema without starting the web server.</summary>
internal sealed class MigrateVerb : IVerb
{
    public string Name => "migrate";

    public string Usage => "migrate";

    public string Summary => "apply database migrations and exit";

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments)
    {
        await using var scope = services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<StorageSettings>();
        await DatabaseStartup.MigrateAsync(scope.ServiceProvider.GetRequiredService<ZhifaDbContext>(), settings);
        Console.WriteLine($"The {settings.Provider} database is at the current schema.");
        return 0;
    }
}
