using Zhifa.Infrastructure.Publicity;

namespace Zhifa.Web.Publicity;

/// <summary>Runs the push dispatcher on this host every poll interval, when targets are configured.</summary>
internal sealed partial class WebhookDispatchService(IServiceScopeFactory scopes, WebhookSettings settings, ILogger<WebhookDispatchService> log)
    : BackgroundService
{
    private readonly string _name = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Dispatch || settings.Targets.Count == 0)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var dispatcher = scope.ServiceProvider.GetRequiredService<WebhookDispatcher>();
                await dispatcher.RunOnceAsync(_name, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                DispatchFailed(log, e, settings.PollInterval.TotalSeconds);
            }

            try
            {
                await Task.Delay(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 700, Level = LogLevel.Error, Message = "The push dispatcher failed; it tries again in {Seconds} s.")]
    private static partial void DispatchFailed(ILogger logger, Exception exception, double seconds);
}
