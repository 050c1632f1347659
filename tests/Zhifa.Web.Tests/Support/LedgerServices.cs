using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Web.Tests.Support;

/// <summary>The record's services of a running test host, each used from a scope of its own.</summary>
public static class LedgerServices
{
    /// <summary>Signs a checkpoint of everything committed now, as the background service would.</summary>
    public static async Task<LedgerCheckpointRow> SignCheckpointAsync(this ZhifaFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var signer = scope.ServiceProvider.GetRequiredService<CheckpointSigner>();
        return await signer.SignIfDueAsync(CancellationToken.None);
    }

    public static async Task<VerifyReport> VerifyLedgerAsync(this ZhifaFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LedgerVerifier>().VerifyAsync(CancellationToken.None);
    }

    public static async Task<long> LedgerSizeAsync(this ZhifaFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LedgerReader>().SizeAsync(CancellationToken.None);
    }

    /// <summary>Every stored entry index in order, straight from the table, gaps and duplicates included.</summary>
    public static Task<List<long>> StoredIndexesAsync(this ZhifaFactory factory) =>
        factory.WithDatabaseAsync(db => db.LedgerEntries.AsNoTracking()
            .OrderBy(e => e.Index)
            .Select(e => e.Index)
            .ToListAsync());

    public static async Task<T> WithDatabaseAsync<T>(this ZhifaFactory factory, Func<ZhifaDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ZhifaDbContext>());
    }

    public static async Task WithDatabaseAsync(this ZhifaFactory factory, Func<ZhifaDbContext, Task> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<ZhifaDbContext>());
    }
}
