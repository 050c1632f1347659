using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Record;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Web.Hosting;

/// <summary>
/// Refuses to start when the log already has signed checkpoints but the key file is missing or holds
/// another key: creating or using a new key would sign the next checkpoints with a key nobody published.
/// </summary>
internal static class LedgerKeyCheck
{
    public static async Task EnsureMatchesLogAsync(ZhifaDbContext db, LedgerSettings settings, CancellationToken ct)
    {
        var latest = await db.LedgerCheckpoints.AsNoTracking().OrderByDescending(c => c.Size).FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return;
        }

        var key = LedgerKey.LoadExisting(settings.KeyFile)
            ?? throw new StartupException(
                $"the ledger key file {settings.KeyFile} is missing, but the log has checkpoints signed with a key; restore the file from your backup (Ledger:KeyFile). A new key is created only for a log without checkpoints.");

        var note = SignedNote.Parse(latest.SignedNote);
        if (!note.IsSuccess || !note.Value.Verify([key.Pair.VerifierKey]).IsSuccess)
        {
            throw new StartupException(
                $"the ledger key file {settings.KeyFile} holds key {key.VerifierKey}, which did not sign the log's latest checkpoint (size {latest.Size}); restore the right key file from your backup (Ledger:KeyFile).");
        }
    }
}
