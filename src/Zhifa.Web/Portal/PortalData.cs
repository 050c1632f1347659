using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Organisations;
using Zhifa.Infrastructure.Lists;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Web.Portal;

/// <summary>Reads what the public portal publishes: every organisation's lists, without a user scope.</summary>
public sealed class PortalData(ZhifaDbContext db)
{
    public async Task<IReadOnlyList<Organisation>> OrganisationsAsync(CancellationToken ct) =>
        await db.Organisations.AsNoTracking().OrderBy(o => o.Path).ToListAsync(ct);

    public async Task<(IReadOnlyList<IListItem> Items, ListContext Context)> ListAsync(IListRepository repository, CancellationToken ct)
    {
        var organisations = await OrganisationsAsync(ct);
        var context = new ListContext
        {
            WritableOrganisationsByCode = new Dictionary<string, Guid>(),
            OrganisationCodes = organisations.ToDictionary(o => o.Id, o => o.Code),
        };
        var items = await repository.PublicAsync(organisations.Select(o => o.Id).ToList(), ct);
        return (items, context);
    }
}
