using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Web.Pages.Portal;

/// <summary>How the public verifies the record: the verifier key, the latest checkpoint and the endpoints.</summary>
public sealed class LedgerModel(LedgerKey key, CheckpointSigner checkpoints) : PageModel
{
    public string VerifierKey => key.VerifierKey;

    public string Checkpoint { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct) =>
        Checkpoint = (await checkpoints.LatestAsync(ct) ?? await checkpoints.SignIfDueAsync(ct)).SignedNote;
}
