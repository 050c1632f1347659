using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Zhifa.Web.Cli.DemoMonth;

/// <summary>Cases through /api/cases and evidence through the tus endpoint /api/uploads, counted in the tally.</summary>
internal sealed class CaseDriver(PlatformClient platform, ScenarioTally tally)
{
    private const int ChunkBytes = 1 << 20;

    public PlatformClient Platform { get; } = platform;

    public ScenarioTally Tally { get; } = tally;

    public async Task<Guid> RegisterAsync(string user, object registration)
    {
        var created = await Platform.PostAsync(user, "/api/cases", registration);
        var id = created.GetProperty("id").GetGuid();
        Tally.Cases.Add(id);
        return id;
    }

    /// <summary>Adds a case opened by another request (an inspection task's case) to the tally.</summary>
    public void Opened(Guid caseId) => Tally.Cases.Add(caseId);

    public Task<JsonElement> GetAsync(string user, Guid caseId) => Platform.GetAsync(user, $"/api/cases/{caseId}");

    /// <summary>Takes a step dated <paramref name="day"/>, sending the case's current version with the fields.</summary>
    public async Task StepAsync(string user, Guid caseId, string action, DateOnly day, Dictionary<string, object?>? fields = null)
    {
        var version = (await GetAsync(user, caseId)).GetProperty("version").GetInt32();
        var body = new Dictionary<string, object?>(fields ?? [])
        {
            ["version"] = version,
            ["effectiveOn"] = Day(day),
        };
        await Platform.PostAsync(user, $"/api/cases/{caseId}/actions/{action}", body);
        Tally.Steps++;
        if (action == "record-legal-review")
        {
            Tally.Reviews++;
        }

        if (action is "inspect" or "reinspect")
        {
            Tally.Inspections++;
        }
    }

    /// <summary>
    /// Uploads a file with tus 1.0.0 to the case's step and returns the evidence item. <paramref name="endedAt"/>
    /// is when the recording or photo ended, from which the scenario expects the late-upload flag.
    /// </summary>
    public async Task<JsonElement> UploadAsync(
        string user, Guid caseId, string path, string? step, DateTimeOffset endedAt, double uploadLimitHours)
    {
        var length = new FileInfo(path).Length;
        var metadata = new List<(string Key, string Value)> { ("caseId", caseId.ToString()), ("filename", Path.GetFileName(path)) };
        if (step is not null)
        {
            metadata.Add(("step", step));
        }

        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/uploads");
        create.Headers.Add("Tus-Resumable", "1.0.0");
        create.Headers.Add("Upload-Length", length.ToString(CultureInfo.InvariantCulture));
        create.Headers.Add("Upload-Metadata", string.Join(',', metadata.Select(m => $"{m.Key} {Base64(m.Value)}")));
        create.Content = new ByteArrayContent([]);
        using var created = await Platform.SendAsync(user, create);
        if (created.StatusCode != HttpStatusCode.Created || created.Headers.Location is null)
        {
            await PlatformClient.ReadAsync(created, "POST", "/api/uploads");
            throw new DemoMonthException($"POST /api/uploads returned {(int)created.StatusCode} without an upload address.");
        }

        var evidenceId = await SendAsync(user, created.Headers.Location.OriginalString, path, length);
        Tally.Evidence.Add((caseId, evidenceId, (DateTimeOffset.UtcNow - endedAt).TotalHours > uploadLimitHours));
        var items = await Platform.GetAsync(user, $"/api/cases/{caseId}/evidence");
        return items.EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == evidenceId);
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Guid> SendAsync(string user, string url, string path, long length)
    {
        await using var file = File.OpenRead(path);
        var buffer = new byte[ChunkBytes];
        long offset = 0;
        while (true)
        {
            var read = await file.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false);
            using var patch = new HttpRequestMessage(HttpMethod.Patch, url);
            patch.Headers.Add("Tus-Resumable", "1.0.0");
            patch.Headers.Add("Upload-Offset", offset.ToString(CultureInfo.InvariantCulture));
            patch.Content = new ByteArrayContent(buffer, 0, read);
            patch.Content.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
            using var response = await Platform.SendAsync(user, patch);
            if (response.StatusCode != HttpStatusCode.NoContent)
            {
                await PlatformClient.ReadAsync(response, "PATCH", url);
                throw new DemoMonthException($"PATCH {url} returned {(int)response.StatusCode}.");
            }

            offset += read;
            if (response.Headers.TryGetValues("Zhifa-Evidence-Id", out var ids))
            {
                return Guid.Parse(ids.Single());
            }

            if (offset >= length)
            {
                throw new DemoMonthException($"the upload of {Path.GetFileName(path)} ended without an evidence id.");
            }
        }
    }

    private static string Base64(string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(value));
}
