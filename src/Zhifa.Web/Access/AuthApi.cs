using Microsoft.AspNetCore.Identity;
using Zhifa.Infrastructure.Identity;
using Zhifa.Infrastructure.Record;
using Zhifa.Web.Problems;

namespace Zhifa.Web.Access;

/// <summary>
/// /api/auth: sign-in for programs that use the API (the scenario verb, scripts). It issues the same
/// cookie as the sign-in page, with the same lockout after repeated failures.
/// </summary>
internal static class AuthApi
{
    public static void MapAuthApi(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Sign-in");
        auth.MapPost("/login", LoginAsync).AllowAnonymous();
        auth.MapPost("/logout", async (HttpContext context, SignInManager<ZhifaUser> signIn) =>
        {
            await SignOut.EndSessionAsync(context.User, signIn);
            return Results.NoContent();
        }).RequireAuthorization();
        auth.MapGet("/me", (HttpContext context) => Results.Ok(new
        {
            id = context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value,
            name = context.User.Identity?.Name,
            displayName = context.User.FindFirst(ZhifaClaims.DisplayName)?.Value,
            organisationId = context.User.FindFirst(ZhifaClaims.OrganisationId)?.Value,
            roles = context.User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value),
        })).RequireAuthorization();
    }

    private static async Task<IResult> LoginAsync(
        LoginRequest request,
        SignInManager<ZhifaUser> signIn,
        UserManager<ZhifaUser> users,
        RecordWriter record,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return ProblemResults.BadRequest("auth.missing", "Send 'userName' and 'password'.");
        }

        var result = await signIn.PasswordSignInAsync(request.UserName.Trim(), request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await SignInRecord.RecordAsync(request.UserName.Trim(), users, record, ct);
            return Results.NoContent();
        }

        // One answer for a wrong password, an unknown user and a locked account, so the answer does not
        // reveal which user names exist.
        return Results.Problem(
            detail: "Sign-in failed: the user name or password is wrong, or the account is locked for 15 minutes after 5 failed attempts.",
            statusCode: StatusCodes.Status401Unauthorized,
            extensions: new Dictionary<string, object?> { ["code"] = "auth.failed" });
    }
}

/// <summary>The body of an API sign-in.</summary>
internal sealed record LoginRequest(string? UserName, string? Password);
