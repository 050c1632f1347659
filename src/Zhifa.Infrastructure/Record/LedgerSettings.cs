namespace Zhifa.Infrastructure.Record;

/// <summary>
/// How the deployment's log is kept. The origin and hash algorithm are fixed when the log is created
/// (the first start) and read from the database afterwards; changing them later has no effect.
/// </summary>
public sealed record LedgerSettings(
    string Origin,
    string HashAlgorithm,
    string KeyFile,
    int CheckpointEveryEntries,
    TimeSpan CheckpointEvery);
