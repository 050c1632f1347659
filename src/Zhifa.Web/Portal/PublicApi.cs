using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Lists;
using Zhifa.Infrastructure.Lists;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Lists;

namespace Zhifa.Web.Portal;

/// <summary>
/// /api/public: what the public portal shows, without sign-in: the agency's organisations and its five
/// lists. Everything here is published information; nothing personal beyond what the law publishes
/// (officers' names and certificate numbers) is served.
/// </summary>
internal static class PublicApi
{
    public static void MapPublicApi(this IEndpointRouteBuilder endpoints)
    {
        var portal = endpoints.MapGroup("/api/public").AllowAnonymous().WithTags("Public");
        portal.MapGet("/organisations", async (ZhifaDbContext db, CancellationToken ct) =>
            Results.Ok(await db.Organisations.AsNoTracking().OrderBy(o => o.Path)
                .Select(o => new { o.Id, o.Code, o.Name, o.NameEn, Kind = o.Kind.ToString(), o.ParentId, o.Address, o.Telephone })
                .ToListAsync(ct)));
        portal.MapGet("/lists/{slug}", ListAsync);
    }

    private static async Task<IResult> ListAsync(
        string slug, ListRepositories repositories, PortalData portal, TimeProvider clock, CancellationToken ct)
    {
        if (ListCatalog.FindBySlug(slug) is not { IsPublished: true } definition)
        {
            return Results.NotFound();
        }

        var (items, context) = await portal.ListAsync(repositories.For(definition.Kind), ct);
        return Results.Ok(items.Select(i => ListItemJson.From(definition, i, context, clock)));
    }
}
