using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Files;

namespace Zhifa.Infrastructure.Record;

/// <summary>Registers the full-process record: the log, its key, writer, reader, verifier and signer.</summary>
public static class RecordSetup
{
    public static IServiceCollection AddZhifaRecord(this IServiceCollection services, LedgerSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton<LedgerLog>();
        services.AddSingleton<CheckpointSignal>();
        services.AddSingleton(_ => LedgerKey.LoadOrCreate(settings.KeyFile, settings.Origin));
        services.AddSingleton<ContentStore>();
        services.AddScoped<RecordWriter>();
        services.AddScoped<CheckpointSigner>();
        services.AddScoped<LedgerReader>();
        services.AddScoped<LedgerVerifier>();
        return services;
    }
}
