using Zhifa.Infrastructure.Evidence;
using Zhifa.Infrastructure.Files;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Web.Evidence;

/// <summary>
/// Registers evidence: the settings (section "Evidence"), the content store that configuration selects, the
/// upload and evidence services, the device ledger and the service that removes expired uploads.
/// </summary>
internal static class EvidenceSetup
{
    public const string StoreKey = "Evidence:Store";

    public static WebApplicationBuilder AddZhifaEvidence(this WebApplicationBuilder builder, StorageSettings storage)
    {
        var settings = Read(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<UploadLocks>();
        builder.Services.AddSingleton<MediaProbe>();
        if (settings.Store.Equals("s3", StringComparison.OrdinalIgnoreCase))
        {
            var s3 = S3Settings(settings);
            builder.Services.AddSingleton<IContentStore>(_ => new S3ContentStore(s3, Path.Combine(storage.DataDirectory, "uploads")));
        }
        else
        {
            builder.Services.AddSingleton<IContentStore>(provider => provider.GetRequiredService<ContentStore>());
        }

        builder.Services.AddScoped<UploadService>();
        builder.Services.AddScoped<EvidenceService>();
        builder.Services.AddScoped<DeviceService>();
        builder.Services.AddHostedService<UploadCleanupService>();
        return builder;
    }

    /// <summary>Reads and checks the section, so a bad value stops start-up naming the setting.</summary>
    public static EvidenceSettings Read(IConfiguration configuration)
    {
        var settings = configuration.GetSection("Evidence").Get<EvidenceSettings>() ?? new();
        if (settings.MaxUploadBytes <= 0)
        {
            throw new StartupException($"Evidence:MaxUploadBytes is {settings.MaxUploadBytes}; set it to the largest upload in bytes, e.g. 17179869184.");
        }

        if (settings.UploadExpiryHours <= 0 || settings.UploadLimitHours <= 0 || settings.CleanupMinutes <= 0)
        {
            throw new StartupException("Evidence:UploadExpiryHours, Evidence:UploadLimitHours and Evidence:CleanupMinutes must be above 0.");
        }

        if (!settings.Store.Equals("local", StringComparison.OrdinalIgnoreCase) && !settings.Store.Equals("s3", StringComparison.OrdinalIgnoreCase))
        {
            throw new StartupException($"{StoreKey} is \"{settings.Store}\"; set it to local (the default, the data folder) or s3.");
        }

        if (settings.Store.Equals("s3", StringComparison.OrdinalIgnoreCase))
        {
            S3Settings(settings);
        }

        return settings;
    }

    private static S3StoreSettings S3Settings(EvidenceSettings settings)
    {
        string[] missing =
        [
            .. string.IsNullOrWhiteSpace(settings.S3ServiceUrl) ? ["Evidence:S3ServiceUrl"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(settings.S3Bucket) ? ["Evidence:S3Bucket"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(settings.S3AccessKey) ? ["Evidence:S3AccessKey"] : Array.Empty<string>(),
            .. string.IsNullOrWhiteSpace(settings.S3SecretKey) ? ["Evidence:S3SecretKey"] : Array.Empty<string>(),
        ];
        if (missing.Length > 0)
        {
            throw new StartupException($"{StoreKey} is s3 but {string.Join(", ", missing)} is empty; set the bucket's address, name and keys.");
        }

        return new S3StoreSettings(settings.S3ServiceUrl!, settings.S3Bucket!, settings.S3AccessKey!, settings.S3SecretKey!, settings.S3Region);
    }
}

/// <summary>Removes expired unfinished uploads at start and then every Evidence:CleanupMinutes.</summary>
internal sealed partial class UploadCleanupService(IServiceProvider services, EvidenceSettings settings, ILogger<UploadCleanupService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(settings.CleanupMinutes));
        do
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var expired = await scope.ServiceProvider.GetRequiredService<UploadService>().CleanUpAsync(stoppingToken);
                if (expired > 0)
                {
                    Expired(log, expired);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(log, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} expired upload(s).")]
    private static partial void Expired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The upload cleanup failed; it runs again at the next interval.")]
    private static partial void Failed(ILogger logger, Exception e);
}
