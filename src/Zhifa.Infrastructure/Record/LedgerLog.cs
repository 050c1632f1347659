using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Domain.Record;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Record;

/// <summary>
/// The log's fixed properties (origin, hash algorithm), created on first use from the settings and
/// read from the database from then on. Creation uses a context of its own so it never saves a
/// caller's pending changes early.
/// </summary>
public sealed class LedgerLog(IServiceScopeFactory scopes, LedgerSettings settings, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private LedgerInfoRow? _info;
    private MerkleHasher? _hasher;

    public async Task<(LedgerInfoRow Info, MerkleHasher Hasher)> OpenAsync(CancellationToken ct)
    {
        if (_info is not null)
        {
            return (_info, _hasher!);
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_info is null)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
                var info = await db.LedgerInfo.AsNoTracking().SingleOrDefaultAsync(i => i.Id == LedgerInfoRow.SingletonId, ct)
                    ?? await CreateAsync(db, ct);
                _hasher = MerkleHasher.FromId(info.HashAlgorithm).Value;
                _info = info;
            }

            return (_info, _hasher!);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>The number of entries committed so far.</summary>
    public static async Task<long> SizeAsync(ZhifaDbContext db, CancellationToken ct) =>
        (await db.LedgerEntries.MaxAsync(e => (long?)e.Index, ct) ?? -1) + 1;

    private async Task<LedgerInfoRow> CreateAsync(ZhifaDbContext db, CancellationToken ct)
    {
        var hasher = MerkleHasher.FromId(settings.HashAlgorithm);
        if (!hasher.IsSuccess)
        {
            throw new StartupException(
                $"Ledger:HashAlgorithm is \"{settings.HashAlgorithm}\"; set it to sha256 (the default) or sm3 before the log is created.");
        }

        var info = new LedgerInfoRow { Origin = settings.Origin, HashAlgorithm = hasher.Value.AlgorithmId, CreatedAt = clock.GetUtcNow() };
        db.LedgerInfo.Add(info);
        try
        {
            await db.SaveChangesAsync(ct);
            return info;
        }
        catch (DbUpdateException)
        {
            // Another node created the log first; its properties stand.
            db.ChangeTracker.Clear();
            return await db.LedgerInfo.AsNoTracking().SingleAsync(i => i.Id == LedgerInfoRow.SingletonId, ct);
        }
    }
}
