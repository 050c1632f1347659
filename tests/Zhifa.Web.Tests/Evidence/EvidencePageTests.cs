using System.Net;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Evidence;

/// <summary>The evidence page of a case: linked from the case page, lists the files, serves the tus client from the host.</summary>
public sealed class EvidencePageTests
{
    [Fact]
    public async Task Evidence_page_lists_files_and_loads_the_local_tus_client()
    {
        await using var factory = new ZhifaFactory();
        using var media = new TestMedia();
        var api = new CaseApiClient(factory);
        var caseId = await EvidenceCases.InspectionReadyAsync(api);
        var officer = await api.AsAsync("officer");
        await TusTestClient.UploadFileAsync(officer, caseId, await media.PhotoAsync("现场照片.jpg"), "inspect");

        Assert.Contains($"href=\"/cases/{caseId}/evidence\"", await officer.GetStringAsync($"/cases/{caseId}"));
        var page = await officer.GetStringAsync($"/cases/{caseId}/evidence");
        Assert.Contains("现场照片.jpg", page);
        Assert.Contains("36.19500, 113.11700", page);
        Assert.Contains("<script src=\"/lib/tus/tus.min.js\"></script>", page);
        Assert.Contains("Tus-Resumable", await officer.GetStringAsync("/lib/tus/tus.min.js"));
        Assert.Contains("tus.Upload", await officer.GetStringAsync("/js/evidence-upload.js"));

        var county = await api.AsAsync("luzhou.officer");
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/cases/{caseId}/evidence")).StatusCode);
    }
}
