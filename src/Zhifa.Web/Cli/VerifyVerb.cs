using System.Globalization;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;
using Zhifa.Web.Hosting;

namespace Zhifa.Web.Cli;

/// <summary>
/// Checks the whole deployment offline: entries, tree, checkpoints and files. Exit 0 when all holds,
/// 1 naming the first entry, checkpoint or file that fails.
/// </summary>
internal sealed class VerifyVerb : IVerb
{
    public string Name => "verify";

    public string Usage => "verify";

    public string Summary => "check the full-process record: entries, checkpoints, files";

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments)
    {
        await using var scope = services.CreateAsyncScope();
        await DatabaseStartup.MigrateAsync(
            scope.ServiceProvider.GetRequiredService<ZhifaDbContext>(),
            scope.ServiceProvider.GetRequiredService<StorageSettings>());
        var report = await scope.ServiceProvider.GetRequiredService<LedgerVerifier>().VerifyAsync(CancellationToken.None);

        var seconds = Math.Max(report.Elapsed.TotalSeconds, 0.001);
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Entries} entries, {report.Checkpoints} checkpoints, {report.Files} files in {seconds:0.00} s ({report.Entries / seconds:0} entries/s, {report.LeafBytes / seconds / 1e6:0.0} MB/s of entries hashed)");
        if (!report.IsValid)
        {
            await Console.Error.WriteLineAsync($"verify: FAILED: {report.Failure}");
            await Console.Error.WriteLineAsync($"verify: checked before the failure: {summary}");
            return 1;
        }

        Console.WriteLine($"verify: OK: {summary}");
        return 0;
    }
}
