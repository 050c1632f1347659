using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Zhifa.Infrastructure.Identity;

namespace Zhifa.Web.Access;

/// <summary>
/// Ends a session for good: the security stamp is renewed before the cookie is removed, so a copy of the
/// cookie stops working too (the stamp is checked on every request).
/// </summary>
internal static class SignOut
{
    public static async Task EndSessionAsync(ClaimsPrincipal principal, SignInManager<ZhifaUser> signIn)
    {
        if (await signIn.UserManager.GetUserAsync(principal) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
    }
}
