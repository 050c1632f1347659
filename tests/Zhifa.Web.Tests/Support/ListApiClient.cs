using System.Net.Http.Json;
using System.Text.Json;

namespace Zhifa.Web.Tests.Support;

/// <summary>Reads list entries through the API, as JSON documents.</summary>
public static class ListApiClient
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Every entry of a list the client may see, as (id, version, values).</summary>
    public static async Task<List<(Guid Id, int Version, Dictionary<string, string> Values)>> EntriesAsync(
        this HttpClient client, string slug, string? search = null)
    {
        var url = $"/api/lists/{slug}?pageSize=200" + (search is null ? "" : "&search=" + Uri.EscapeDataString(search));
        var root = await client.GetJsonAsync(url);
        return root.GetProperty("items").EnumerateArray().Select(Entry).ToList();
    }

    public static (Guid Id, int Version, Dictionary<string, string> Values) Entry(JsonElement item) => (
        item.GetProperty("id").GetGuid(),
        item.GetProperty("version").GetInt32(),
        item.GetProperty("values").Deserialize<Dictionary<string, string>>()!);

    public static Task<HttpResponseMessage> CreateEntryAsync(this HttpClient client, string slug, Dictionary<string, string?> values) =>
        client.PostAsJsonAsync($"/api/lists/{slug}", new { values });

    public static Task<HttpResponseMessage> UpdateEntryAsync(
        this HttpClient client, string slug, Guid id, int version, Dictionary<string, string?> values) =>
        client.PutAsJsonAsync($"/api/lists/{slug}/{id}", new { version, values });
}
