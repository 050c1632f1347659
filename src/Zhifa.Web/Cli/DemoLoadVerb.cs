using Zhifa.Infrastructure.Demo;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Hosting;

namespace Zhifa.Web.Cli;

/// <summary>Loads the demo agency into an empty database of either provider.</summary>
internal sealed class DemoLoadVerb : IVerb
{
    public string Name => "demo load";

    public string Usage => "demo load";

    public string Summary => "load the demo agency into an empty database";

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments)
    {
        await using var scope = services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<StorageSettings>();
        await DatabaseStartup.MigrateAsync(scope.ServiceProvider.GetRequiredService<ZhifaDbContext>(), settings);
        if (!await scope.ServiceProvider.GetRequiredService<DemoAgency>().LoadIfEmptyAsync(CancellationToken.None))
        {
            await Console.Error.WriteLineAsync("zhifa: the database already holds organisations; the demo loads only into an empty database.");
            return 1;
        }

        Console.WriteLine($"Loaded the demo agency. Sign in as admin, legal, officer, ... with the password {DemoUsers.Password}.");
        return 0;
    }
}
