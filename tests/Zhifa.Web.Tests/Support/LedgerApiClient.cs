using System.Globalization;
using System.Net;
using System.Text.Json;
using Zhifa.Domain.Record;

namespace Zhifa.Web.Tests.Support;

/// <summary>Reads /api/ledger as an outside auditor does: signed notes, entries and proofs, decoded.</summary>
public static class LedgerApiClient
{
    public static async Task<NoteVerifierKey> GetVerifierKeyAsync(this HttpClient client)
    {
        var text = await client.GetStringAsync("/api/ledger/key");
        var key = NoteVerifierKey.Parse(text.TrimEnd('\n'));
        Assert.True(key.IsSuccess, $"GET /api/ledger/key returned an unreadable key: {text}");
        return key.Value;
    }

    /// <summary>The latest checkpoint, after checking its signature with the key the server publishes.</summary>
    public static async Task<Checkpoint> GetVerifiedCheckpointAsync(this HttpClient client)
    {
        var key = await client.GetVerifierKeyAsync();
        var note = SignedNote.Parse(await client.GetStringAsync("/api/ledger/checkpoint"));
        Assert.True(note.IsSuccess, "GET /api/ledger/checkpoint returned a malformed signed note.");
        var verified = note.Value.Verify([key]);
        Assert.True(verified.IsSuccess, $"The checkpoint signature does not verify with {key.Format()}.");
        var checkpoint = Checkpoint.Parse(note.Value.Text);
        Assert.True(checkpoint.IsSuccess, $"The checkpoint text is malformed: {note.Value.Text}");
        return checkpoint.Value;
    }

    public static async Task<List<JsonElement>> GetEntriesAsync(this HttpClient client, long start, long end)
    {
        var root = await client.GetJsonAsync(Invariant($"/api/ledger/entries?start={start}&end={end}"));
        return [.. root.GetProperty("entries").EnumerateArray()];
    }

    /// <summary>The leaf bytes of entries [0, size), read in pages of the API's maximum.</summary>
    public static async Task<List<byte[]>> GetLeavesAsync(this HttpClient client, long size)
    {
        var leaves = new List<byte[]>();
        while (leaves.Count < size)
        {
            var end = Math.Min(size, leaves.Count + 1000);
            var page = await client.GetEntriesAsync(leaves.Count, end);
            leaves.AddRange(page.Select(e => Convert.FromBase64String(e.GetProperty("leaf").GetString()!)));
        }

        return leaves;
    }

    public static async Task<(byte[] LeafHash, List<byte[]> Proof, byte[] Root)> GetInclusionAsync(
        this HttpClient client, long index, long size)
    {
        var root = await client.GetJsonAsync(Invariant($"/api/ledger/proof/inclusion?index={index}&size={size}"));
        return (Bytes(root, "leafHash"), Hashes(root.GetProperty("proof")), Bytes(root, "root"));
    }

    public static async Task<(List<byte[]> Proof, byte[] FromRoot, byte[] ToRoot)> GetConsistencyAsync(
        this HttpClient client, long from, long to)
    {
        var root = await client.GetJsonAsync(Invariant($"/api/ledger/proof/consistency?from={from}&to={to}"));
        return (Hashes(root.GetProperty("proof")), Bytes(root, "fromRoot"), Bytes(root, "toRoot"));
    }

    /// <summary>GETs a URL that must be rejected with 400 and returns the problem's code and detail.</summary>
    public static async Task<(string Code, string Detail)> GetBadRequestAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == HttpStatusCode.BadRequest,
            $"GET {url} returned {(int)response.StatusCode}: {body}");
        var problem = JsonDocument.Parse(body).RootElement;
        return (problem.GetProperty("code").GetString()!, problem.GetProperty("detail").GetString()!);
    }

    private static byte[] Bytes(JsonElement element, string name) =>
        Convert.FromBase64String(element.GetProperty(name).GetString()!);

    private static List<byte[]> Hashes(JsonElement array) =>
        [.. array.EnumerateArray().Select(h => Convert.FromBase64String(h.GetString()!))];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
