using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Time;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.FieldCases;

/// <summary>
/// Instants written with different UTC offsets compare and order as instants on both
/// databases, and actions are counted on the agency's local day (UTC+8). Rule: instants are stored in
/// UTC and read back with offset zero; pages show them in UTC+8.
/// </summary>
public sealed class TimeStorageTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private async Task<Guid> StoreVersionsAsync(params DateTimeOffset[] instants)
    {
        var itemId = Guid.NewGuid();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        var number = 0;
        foreach (var instant in instants)
        {
            db.ListItemVersions.Add(new ListItemVersion
            {
                List = ListKind.Matters,
                ItemId = itemId,
                OrganisationId = Guid.Empty,
                Number = ++number,
                Change = ListChangeKind.Edited,
                ChangedByName = "test",
                ChangedAt = instant,
                Snapshot = "{}",
            });
        }

        await db.SaveChangesAsync();
        return itemId;
    }

    private async Task<List<ListItemVersion>> QueryAsync(Guid itemId, Func<IQueryable<ListItemVersion>, IQueryable<ListItemVersion>> filter)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        return await filter(db.ListItemVersions.AsNoTracking().Where(v => v.ItemId == itemId)).ToListAsync();
    }

    [Fact]
    public async Task InstantsWithOffsets_CompareAndOrderAsInstants()
    {
        var a = DateTimeOffset.Parse("2025-03-01T07:30:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        var b = DateTimeOffset.Parse("2025-02-28T23:45:00+00:00", System.Globalization.CultureInfo.InvariantCulture);
        var c = DateTimeOffset.Parse("2025-03-01T00:10:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        var itemId = await StoreVersionsAsync(a, b, c);
        var cutoff = new DateTimeOffset(2025, 2, 28, 23, 40, 0, TimeSpan.Zero);

        var after = await QueryAsync(itemId, q => q.Where(v => v.ChangedAt > cutoff));
        var ordered = await QueryAsync(itemId, q => q.OrderBy(v => v.ChangedAt));

        Assert.Equal([2], after.Select(v => v.Number));
        Assert.Equal([3, 1, 2], ordered.Select(v => v.Number));
        Assert.Equal(a, ordered[1].ChangedAt);
        Assert.Equal(TimeSpan.Zero, ordered[1].ChangedAt.Offset);
    }

    [Fact]
    public async Task LocalDay_CountsActionsOnChinaDate()
    {
        var itemId = await StoreVersionsAsync(
            new DateTimeOffset(2025, 5, 31, 15, 59, 59, TimeSpan.Zero),
            new DateTimeOffset(2025, 5, 31, 16, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2025, 5, 31, 22, 59, 51, TimeSpan.Zero));
        var (start, end) = AgencyTime.DayBounds(new DateOnly(2025, 6, 1));

        var onJuneFirst = await QueryAsync(itemId, q => q.Where(v => v.ChangedAt >= start && v.ChangedAt < end));

        Assert.Equal([2, 3], onJuneFirst.Select(v => v.Number).Order());
    }
}
