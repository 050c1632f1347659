using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Zhifa.Web.Tests.Evidence;

/// <summary>Speaks tus 1.0.0 to /api/uploads with a signed-in client, one request at a time, as the tests need.</summary>
public static class TusTestClient
{
    public static string Metadata(params (string Key, string Value)[] pairs) =>
        string.Join(',', pairs.Select(p => $"{p.Key} {Convert.ToBase64String(Encoding.UTF8.GetBytes(p.Value))}"));

    public static async Task<HttpResponseMessage> CreateRawAsync(HttpClient client, long length, string metadata)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads/");
        request.Headers.Add("Tus-Resumable", "1.0.0");
        request.Headers.Add("Upload-Length", length.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("Upload-Metadata", metadata);
        request.Content = new ByteArrayContent([]);
        return await client.SendAsync(request);
    }

    /// <summary>Creates an upload and returns its URL path.</summary>
    public static async Task<string> CreateAsync(HttpClient client, Guid caseId, long length, string fileName, string? step = null, params (string Key, string Value)[] extra)
    {
        (string, string)[] pairs = [("caseId", caseId.ToString()), ("filename", fileName), .. step is null ? [] : new[] { ("step", step) }, .. extra];
        using var response = await CreateRawAsync(client, length, Metadata(pairs));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Creation failed: {(int)response.StatusCode} {body}");
        return response.Headers.Location!.OriginalString;
    }

    public static async Task<HttpResponseMessage> PatchAsync(HttpClient client, string url, long offset, HttpContent body, string? checksum = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, url);
        request.Headers.Add("Tus-Resumable", "1.0.0");
        request.Headers.Add("Upload-Offset", offset.ToString(CultureInfo.InvariantCulture));
        if (checksum is not null)
        {
            request.Headers.Add("Upload-Checksum", checksum);
        }

        body.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        request.Content = body;
        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PatchAsync(HttpClient client, string url, long offset, byte[] bytes, string? checksum = null) =>
        PatchAsync(client, url, offset, new ByteArrayContent(bytes), checksum);

    public static async Task<HttpResponseMessage> HeadAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, url);
        request.Headers.Add("Tus-Resumable", "1.0.0");
        return await client.SendAsync(request);
    }

    public static long Offset(HttpResponseMessage response) =>
        long.Parse(response.Headers.GetValues("Upload-Offset").Single(), CultureInfo.InvariantCulture);

    public static async Task<long> OffsetAsync(HttpClient client, string url)
    {
        using var head = await HeadAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        return Offset(head);
    }

    /// <summary>Uploads a whole file in chunks of <paramref name="chunk"/> bytes; returns the evidence id.</summary>
    public static async Task<Guid> UploadFileAsync(HttpClient client, Guid caseId, string path, string? step = null, int chunk = 4 << 20, params (string Key, string Value)[] extra)
    {
        var length = new FileInfo(path).Length;
        var url = await CreateAsync(client, caseId, length, Path.GetFileName(path), step, extra);
        return await SendRestAsync(client, url, path, chunk);
    }

    /// <summary>Sends the file from the server's offset on, in chunks; returns the evidence id from the last response.</summary>
    public static async Task<Guid> SendRestAsync(HttpClient client, string url, string path, int chunk = 4 << 20)
    {
        await using var file = File.OpenRead(path);
        var offset = await OffsetAsync(client, url);
        var buffer = new byte[chunk];
        while (true)
        {
            file.Position = offset;
            var read = await file.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false);
            using var response = await PatchAsync(client, url, offset, new ByteArrayContent(buffer, 0, read));
            Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"PATCH at {offset} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            offset = Offset(response);
            if (response.Headers.TryGetValues("Zhifa-Evidence-Id", out var ids))
            {
                return Guid.Parse(ids.Single());
            }
        }
    }

    public static async Task<JsonElement> EvidenceAsync(HttpClient client, Guid caseId, Guid evidenceId)
    {
        var list = JsonDocument.Parse(await client.GetStringAsync($"/api/cases/{caseId}/evidence")).RootElement;
        return list.EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == evidenceId);
    }

    public static async Task<string> Sha256Async(string path)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file));
    }

    public static string ChecksumHeader(ReadOnlySpan<byte> bytes) => "sha256 " + Convert.ToBase64String(SHA256.HashData(bytes));
}
