using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Zhifa.Web.Cli.DemoMonth;

/// <summary>The scenario's counts read back from the platform's API, independently of what the scenario counted.</summary>
internal sealed record PlatformCounts(
    int Cases,
    int Steps,
    int EvidenceItems,
    int LateUploads,
    int Reviews,
    int Publications,
    int Withdrawals,
    int Inspections,
    int DrawnTasks,
    long RecordEntries);

/// <summary>Reads cases, evidence, reviews, publications, plans and the record's size through the API.</summary>
internal sealed class PlatformReadBack(PlatformClient platform)
{
    public async Task<PlatformCounts> ReadAsync(ScenarioTally tally, long recordSizeBefore)
    {
        int cases = 0, steps = 0, inspections = 0, evidence = 0, late = 0;
        foreach (var id in tally.Cases)
        {
            var history = (await platform.GetAsync("head", $"/api/cases/{id}")).GetProperty("history").EnumerateArray().ToList();
            cases++;
            steps += history.Count;
            inspections += history.Count(s => s.GetProperty("action").GetString() is "inspect" or "reinspect");
            var items = (await platform.GetAsync("head", $"/api/cases/{id}/evidence")).EnumerateArray().ToList();
            evidence += items.Count;
            late += items.Count(i => i.GetProperty("uploadedLate").GetBoolean());
        }

        var reviews = (await platform.GetAsync("reviewer", "/api/legal-reviews")).GetProperty("items").EnumerateArray()
            .Count(r => tally.Cases.Contains(r.GetProperty("caseId").GetGuid()) && r.GetProperty("reviewedOn").ValueKind != JsonValueKind.Null);

        var (published, withdrawn) = await PublicationsAsync(tally.Cases);
        var drawn = 0;
        foreach (var plan in tally.Plans)
        {
            drawn += (await platform.GetAsync("officer", $"/api/random-inspections/plans/{plan}")).GetProperty("tasks").GetArrayLength();
        }

        return new PlatformCounts(
            cases,
            steps,
            evidence,
            late,
            reviews,
            published,
            withdrawn,
            inspections,
            drawn,
            await RecordSizeAsync() - recordSizeBefore);
    }

    /// <summary>
    /// The number of entries in the full-process record. The latest checkpoint may lag behind the newest entries,
    /// so the size is found from it by asking /api/ledger/entries for ever later single entries: a request past
    /// the end returns 400.
    /// </summary>
    public async Task<long> RecordSizeAsync()
    {
        var checkpoint = await platform.GetAnonymousAsync("/api/ledger/checkpoint");
        var note = await checkpoint.Content.ReadAsStringAsync();
        checkpoint.Dispose();
        var lines = note.Split('\n');
        if (lines.Length < 2 || !long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var known))
        {
            throw new DemoMonthException("GET /api/ledger/checkpoint did not return a signed note with a tree size.");
        }

        // known entries exist; gallop up to a missing index, then bisect between the last present and that one.
        long step = 1;
        var present = known;
        while (await ExistsAsync(present + step - 1))
        {
            present += step;
            step *= 2;
        }

        var absent = present + step;
        while (absent - present > 1)
        {
            var middle = present + ((absent - present) / 2);
            if (await ExistsAsync(middle - 1))
            {
                present = middle;
            }
            else
            {
                absent = middle;
            }
        }

        return present;
    }

    private async Task<bool> ExistsAsync(long index)
    {
        if (index < 0)
        {
            return true;
        }

        var path = string.Create(CultureInfo.InvariantCulture, $"/api/ledger/entries?start={index}&end={index + 1}");
        using var response = await platform.GetAnonymousAsync(path);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => true,
            HttpStatusCode.BadRequest => false,
            _ => throw new DemoMonthException($"GET {path} returned {(int)response.StatusCode}."),
        };
    }

    private async Task<(int Published, int Withdrawn)> PublicationsAsync(IEnumerable<Guid> cases)
    {
        int published = 0, withdrawn = 0;
        foreach (var id in cases)
        {
            using var response = await platform.GetAnonymousAsync($"/api/public/publications/{id}");
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                continue;
            }

            var item = await PlatformClient.ReadAsync(response, "GET", $"/api/public/publications/{id}");
            published++;
            if (item.GetProperty("state").GetString() == "withdrawn")
            {
                withdrawn++;
            }
        }

        return (published, withdrawn);
    }
}
