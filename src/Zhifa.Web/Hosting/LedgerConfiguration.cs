using System.Globalization;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Web.Hosting;

/// <summary>Reads the full-process record's settings, with the same one-line errors as the storage settings.</summary>
internal static class LedgerConfiguration
{
    public static LedgerSettings Read(IConfiguration configuration, StorageSettings storage) => new(
        Origin: configuration["Ledger:Origin"] ?? "zhifa.local/record",
        HashAlgorithm: ReadHashAlgorithm(configuration["Ledger:HashAlgorithm"]),
        KeyFile: Path.GetFullPath(configuration["Ledger:KeyFile"] ?? Path.Combine(storage.DataDirectory, "keys", "ledger.key")),
        CheckpointEveryEntries: ReadPositive(configuration, "Ledger:CheckpointEntries", 1000),
        CheckpointEvery: TimeSpan.FromSeconds(ReadPositive(configuration, "Ledger:CheckpointSeconds", 10)));

    private static string ReadHashAlgorithm(string? text) => (text ?? "sha256").Trim().ToLowerInvariant() switch
    {
        "sha256" => "sha256",
        "sm3" => "sm3",
        _ => throw new StartupException($"Ledger:HashAlgorithm is \"{text}\"; set it to sha256 (the default) or sm3."),
    };

    private static int ReadPositive(IConfiguration configuration, string key, int fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new StartupException($"{key} is \"{text}\"; set it to a whole number above 0 (default {fallback}).");
    }
}
