using Microsoft.AspNetCore.Identity;
using Zhifa.Infrastructure.Identity;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Web.Access;

/// <summary>
/// Records successful sign-ins in the full-process record. Identity commits the sign-in's own changes
/// first, so the entry follows in a second transaction.
/// </summary>
/// <remarks>
/// Limitation: a crash between the two commits loses that one sign-in entry, and failed attempts are
/// not recorded (they change only the failure counter). Lift when sign-in runs inside the record
/// writer's transaction through a custom SignInManager.
/// </remarks>
internal static class SignInRecord
{
    public static async Task RecordAsync(string userName, UserManager<ZhifaUser> users, RecordWriter record, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return;
        }

        await record.SaveAsync(
            // The random nonce keeps the public payload hash from being recomputed by guessing the user.
            [new RecordAction(
                user.Id.ToString(),
                user.CertificateNumber,
                user.OrganisationId,
                "auth.signed_in",
                $"user/{user.Id}",
                new { user = user.Id, nonce = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)) })],
            ct);
    }
}
