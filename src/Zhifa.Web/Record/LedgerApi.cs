using System.Globalization;
using System.Text;
using Zhifa.Domain.Common;
using Zhifa.Domain.Record;
using Zhifa.Infrastructure.Record;
using Zhifa.Web.Problems;

namespace Zhifa.Web.Record;

/// <summary>
/// /api/ledger: the full-process record for anyone to verify, without sign-in. Entries hold identifiers
/// and hashes only (payloads with personal data stay in the back office), so they are served as they are.
/// Hashes are base64; entries are the exact bytes their leaf hash covers.
/// </summary>
internal static class LedgerApi
{
    public static void MapLedgerApi(this IEndpointRouteBuilder endpoints)
    {
        var ledger = endpoints.MapGroup("/api/ledger").AllowAnonymous().WithTags("Full-process record");
        ledger.MapGet("/checkpoint", CheckpointAsync)
            .WithSummary("The latest signed checkpoint, as a C2SP signed note (text/plain).");
        ledger.MapGet("/key", (LedgerKey key) => Results.Text(key.VerifierKey + "\n", "text/plain", Encoding.UTF8))
            .WithSummary("The verifier key of checkpoints: name+key id+base64 Ed25519 key.");
        ledger.MapGet("/entries", EntriesAsync)
            .WithSummary("Entries [start, end), at most 1000: each as base64 leaf bytes with the decoded fields beside them.");
        ledger.MapGet("/proof/inclusion", InclusionAsync)
            .WithSummary("The audit path of entry 'index' in the tree of 'size' entries (RFC 9162 §2.1.3).");
        ledger.MapGet("/proof/consistency", ConsistencyAsync)
            .WithSummary("The consistency proof from tree size 'from' to 'to' (RFC 9162 §2.1.4); 'from' must be at least 1.");
    }

    private static async Task<IResult> CheckpointAsync(CheckpointSigner signer, CancellationToken ct)
    {
        var latest = await signer.LatestAsync(ct) ?? await signer.SignIfDueAsync(ct);
        return Results.Text(latest.SignedNote, "text/plain", Encoding.UTF8);
    }

    private static async Task<IResult> EntriesAsync(string? start, string? end, LedgerReader reader, CancellationToken ct)
    {
        var entries = await reader.EntriesAsync(WholeNumber(start), WholeNumber(end), ct);
        if (!entries.IsSuccess)
        {
            return InvalidRange(entries.Errors[0], ("start", start), ("end", end));
        }

        return Results.Ok(new { entries = entries.Value.Select(ToJson) });
    }

    // An entry whose bytes no longer decode (a tampered database) is still served as its bytes, so an
    // outside verifier can fetch it and report it, rather than the whole page failing.
    private static object ToJson(LedgerEntryRow row)
    {
        var decoded = LedgerEntry.Decode(row.Leaf);
        if (!decoded.IsSuccess)
        {
            return new
            {
                index = row.Index,
                leaf = Convert.ToBase64String(row.Leaf),
                leafHash = Convert.ToBase64String(row.LeafHash),
                decodeError = decoded.Errors[0].Message,
            };
        }

        var entry = decoded.Value;
        return new
        {
            index = row.Index,
            leaf = Convert.ToBase64String(row.Leaf),
            leafHash = Convert.ToBase64String(row.LeafHash),
            time = entry.FormatTime(),
            actor = entry.Actor,
            certificate = entry.Certificate,
            organisation = entry.Organisation,
            action = entry.Action,
            subject = entry.Subject,
            payloadSha256 = entry.PayloadSha256,
            fileSha256 = entry.FileSha256,
        };
    }

    private static async Task<IResult> InclusionAsync(string? index, string? size, LedgerReader reader, CancellationToken ct)
    {
        var proof = await reader.InclusionAsync(WholeNumber(index), WholeNumber(size), ct);
        return proof.IsSuccess
            ? Results.Ok(new
            {
                index = proof.Value.Index,
                size = proof.Value.Size,
                leafHash = Convert.ToBase64String(proof.Value.LeafHash),
                proof = proof.Value.Proof.Select(Convert.ToBase64String),
                root = Convert.ToBase64String(proof.Value.Root),
            })
            : InvalidRange(proof.Errors[0], ("index", index), ("size", size));
    }

    private static async Task<IResult> ConsistencyAsync(string? from, string? to, LedgerReader reader, CancellationToken ct)
    {
        var proof = await reader.ConsistencyAsync(WholeNumber(from), WholeNumber(to), ct);
        return proof.IsSuccess
            ? Results.Ok(new
            {
                from = proof.Value.From,
                to = proof.Value.To,
                proof = proof.Value.Proof.Select(Convert.ToBase64String),
                fromRoot = Convert.ToBase64String(proof.Value.FromRoot),
                toRoot = Convert.ToBase64String(proof.Value.ToRoot),
            })
            : InvalidRange(proof.Errors[0], ("from", from), ("to", to));
    }

    // A parameter that is missing or not a whole number becomes -1. The reader rejects it with the valid range
    // for the log's current size, and InvalidRange names the parameter in front of that range.
    private static long WholeNumber(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    private static IResult InvalidRange(Error error, params (string Name, string? Text)[] parameters)
    {
        var unreadable = parameters
            .Where(p => WholeNumber(p.Text) < 0)
            .Select(p => string.IsNullOrEmpty(p.Text)
                ? $"The query parameter '{p.Name}' is missing."
                : $"The query parameter '{p.Name}' is \"{p.Text}\".");
        return ProblemResults.From(error with { Message = string.Join(' ', [.. unreadable, error.Message]) });
    }
}
