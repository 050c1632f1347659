using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Cases;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Access;

namespace Zhifa.Web.Cases;

/// <summary>
/// The signed-in user in the form the case workflow needs: roles, and the personnel-list entry of the certificate
/// on their account, so that "an officer assigned to the case" can be checked.
/// </summary>
public sealed class CaseActors(IHttpContextAccessor http, ZhifaDbContext db)
{
    public async Task<CaseActor> GetAsync(CancellationToken ct)
    {
        var user = http.HttpContext?.User ?? throw new InvalidOperationException("No request is being served.");
        var id = Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var certificate = user.FindFirstValue(ZhifaClaims.CertificateNumber);
        var officer = certificate is null
            ? null
            : await db.Officers.AsNoTracking().FirstOrDefaultAsync(o => o.CertificateNumber == certificate, ct);
        return new CaseActor(
            id,
            user.FindFirstValue(ZhifaClaims.DisplayName) ?? user.Identity?.Name ?? "",
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(),
            officer?.Id,
            certificate);
    }

    public Guid OrganisationId =>
        Guid.Parse(http.HttpContext!.User.FindFirstValue(ZhifaClaims.OrganisationId)!);
}
