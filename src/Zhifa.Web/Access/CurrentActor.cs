using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Access;
using Zhifa.Domain.Organisations;
using Zhifa.Infrastructure.Lists;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Web.Access;

/// <summary>
/// The signed-in user as the domain sees them: identity, roles and the organisations they may see.
/// Computed once per request from the cookie's claims and the organisation tree.
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor http, ZhifaDbContext db)
{
    private Actor? _actor;

    public async Task<Actor> GetAsync(CancellationToken ct)
    {
        if (_actor is not null)
        {
            return _actor;
        }

        var user = http.HttpContext?.User ?? throw new InvalidOperationException("No request is being served.");
        var organisationClaim = user.FindFirstValue(ZhifaClaims.OrganisationId);
        if (!Guid.TryParse(organisationClaim, out var organisationId))
        {
            throw new InvalidOperationException("The signed-in user has no organisation claim; sign-in is misconfigured.");
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var tree = await db.Organisations.AsNoTracking().ToListAsync(ct);
        var scope = OrganisationScope.For(organisationId, Roles.SeesSubordinateOffices(roles), tree);
        _actor = new Actor(
            Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
            user.FindFirstValue(ZhifaClaims.DisplayName) ?? user.Identity?.Name ?? "",
            user.FindFirstValue(ZhifaClaims.CertificateNumber),
            scope,
            Roles.MaintainsLists(roles))
        {
            Roles = roles.ToHashSet(),
        };
        return _actor;
    }
}
