using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Organisations;
using Zhifa.Infrastructure.Lists;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Web.Cli;

/// <summary>
/// The actor of a command run on the server itself: whoever may run it has the database anyway, so it
/// sees every organisation. Its changes are attributed to "cli" in version histories.
/// </summary>
internal static class SystemActor
{
    public static async Task<Actor> CreateAsync(ZhifaDbContext db)
    {
        await db.Database.MigrateAsync();
        var tree = await db.Organisations.AsNoTracking().ToListAsync();
        var root = tree.FirstOrDefault(o => o.ParentId is null)
            ?? throw new InvalidOperationException("The database has no organisations; run \"demo load\" or create the agency first.");
        return new Actor(null, "cli", null, OrganisationScope.For(root.Id, seesSubordinateOffices: true, tree), MaintainsLists: true);
    }
}
