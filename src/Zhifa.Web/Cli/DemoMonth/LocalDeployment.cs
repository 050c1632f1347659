using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhifa.Infrastructure.Evidence;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Hosting;

namespace Zhifa.Web.Cli.DemoMonth;

/// <summary>
/// The deployment as this command's configuration names it (ZHIFA_DATA, Database__Provider, ...), read beside the
/// running server to run <c>verify</c> at the end: the platform has no verify API. SQLite may be read while the
/// server writes. It is first checked to be the server's own database by comparing the record's latest entry.
/// </summary>
internal sealed class LocalDeployment : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalDeployment(WebApplication app)
    {
        _app = app;
    }

    public IServiceProvider Services => _app.Services;

    /// <summary>Evidence:UploadLimitHours as configured here, which must be the server's configuration too.</summary>
    public double UploadLimitHours => Services.GetRequiredService<EvidenceSettings>().UploadLimitHours;

    public static LocalDeployment Open() => new(WebHost.Build(["--urls", "http://127.0.0.1:0"]));

    /// <summary>Fails unless the entry at <paramref name="size"/> − 1 here has the leaf hash the platform serves.</summary>
    public async Task EnsureSameRecordAsync(PlatformClient platform, long size)
    {
        // The demo agency's loading fills the record, so a platform that passed the sign-in has entries.
        var index = size - 1;
        var path = string.Create(CultureInfo.InvariantCulture, $"/api/ledger/entries?start={index}&end={size}");
        using var response = await platform.GetAnonymousAsync(path);
        var served = (await PlatformClient.ReadAsync(response, "GET", path)).GetProperty("entries")[0].GetProperty("leafHash").GetString();

        string? local;
        try
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
            var row = await db.LedgerEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Index == index);
            local = row is null ? null : Convert.ToBase64String(row.LeafHash);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException)
        {
            local = null;
        }

        if (local != served)
        {
            var settings = Services.GetRequiredService<StorageSettings>();
            throw new DemoMonthException(
                $"the {settings.Provider} database configured here is not the one of the platform at {platform.BaseAddress}, so verify " +
                "could not check it; run demo month with the server's ZHIFA_DATA, Database__Provider and ConnectionStrings__Postgres.");
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
