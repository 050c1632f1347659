using System.Text.Json;

namespace Zhifa.Web.Cli.DemoMonth;

/// <summary>What every storyline uses: the API, the media, the output, today in China and the demo agency's ids.</summary>
internal sealed class ScenarioContext(CaseDriver cases, DemoMedia media, TextWriter output, double uploadLimitHours)
{
    private readonly Dictionary<string, Guid> _officers = [];
    private readonly Dictionary<string, Guid> _matters = [];

    public CaseDriver Cases { get; } = cases;

    public PlatformClient Platform => Cases.Platform;

    public ScenarioTally Tally => Cases.Tally;

    public DemoMedia Media { get; } = media;

    public TextWriter Output { get; } = output;

    /// <summary>Evidence:UploadLimitHours of the platform: a recording uploaded later than this after it ended is flagged.</summary>
    public double UploadLimitHours { get; } = uploadLimitHours;

    /// <summary>Today in the agency's time zone (China Standard Time), the last day a step may be dated.</summary>
    public DateOnly Today { get; } = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>A run number for titles, so the cases of two runs on one platform tell apart.</summary>
    public string RunTag { get; } = DateTime.UtcNow.AddHours(8).ToString("MMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<Guid> OfficerIdAsync(string certificate)
    {
        if (_officers.Count == 0)
        {
            foreach (var item in await ItemsAsync("personnel"))
            {
                _officers[item.GetProperty("values").GetProperty("certificate_number").GetString()!] = item.GetProperty("id").GetGuid();
            }
        }

        return _officers.TryGetValue(certificate, out var id)
            ? id
            : throw new DemoMonthException($"the personnel list has no officer with certificate {certificate}; demo month needs the demo agency.");
    }

    public async Task<Guid> MatterIdAsync(string code)
    {
        if (_matters.Count == 0)
        {
            foreach (var item in await ItemsAsync("matters"))
            {
                _matters[item.GetProperty("values").GetProperty("code").GetString()!] = item.GetProperty("id").GetGuid();
            }
        }

        return _matters.TryGetValue(code, out var id)
            ? id
            : throw new DemoMonthException($"the matters list has no matter {code}; demo month needs the demo agency.");
    }

    /// <summary>The user id of a demo user, from GET /api/auth/me in their own session.</summary>
    public async Task<Guid> UserIdAsync(string user) =>
        Guid.Parse((await Platform.GetAsync(user, "/api/auth/me")).GetProperty("id").GetString()!);

    /// <summary>The address of the case's page on the platform, to open it in a browser.</summary>
    public Uri CasePage(Guid caseId) => new(Platform.BaseAddress, $"/cases/{caseId}");

    /// <summary>Writes one line of the scenario's progress.</summary>
    public void Say(string line) => Output.WriteLine("  " + line);

    private async Task<List<JsonElement>> ItemsAsync(string slug) =>
        [.. (await Platform.GetAsync("officer", $"/api/lists/{slug}?pageSize=200")).GetProperty("items").EnumerateArray()];
}
