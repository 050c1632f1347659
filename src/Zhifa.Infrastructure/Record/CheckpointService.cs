using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Zhifa.Infrastructure.Record;

/// <summary>
/// Keeps checkpoints fresh: signs one every <see cref="LedgerSettings.CheckpointEvery"/> when the tree
/// has grown, and sooner when <see cref="CheckpointSignal"/> reports enough new entries.
/// </summary>
public sealed partial class CheckpointService(
    IServiceScopeFactory scopes,
    LedgerSettings settings,
    CheckpointSignal signal,
    ILogger<CheckpointService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(settings.CheckpointEvery, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                var checkpoint = await scope.ServiceProvider.GetRequiredService<CheckpointSigner>().SignIfDueAsync(stoppingToken);
                CheckpointCurrent(logger, checkpoint.Size);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException)
            {
                // The next round retries; a persistent failure shows as a checkpoint falling behind.
                SigningFailed(logger, e);
            }
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Latest checkpoint covers {Size} entries")]
    private static partial void CheckpointCurrent(ILogger logger, long size);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Signing a checkpoint failed; retrying next round")]
    private static partial void SigningFailed(ILogger logger, Exception exception);
}
