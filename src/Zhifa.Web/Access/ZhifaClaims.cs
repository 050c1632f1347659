using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Zhifa.Infrastructure.Identity;

namespace Zhifa.Web.Access;

/// <summary>Adds the user's organisation and display name to the sign-in cookie, so scoping needs no lookup.</summary>
internal sealed class ZhifaClaims(
    UserManager<ZhifaUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ZhifaUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string OrganisationId = "zhifa:organisation";
    public const string DisplayName = "zhifa:name";
    public const string CertificateNumber = "zhifa:certificate";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ZhifaUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(OrganisationId, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        if (user.CertificateNumber is { Length: > 0 } certificate)
        {
            identity.AddClaim(new Claim(CertificateNumber, certificate));
        }

        return identity;
    }
}
