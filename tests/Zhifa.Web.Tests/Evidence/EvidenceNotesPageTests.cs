using System.Text.RegularExpressions;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Evidence;

/// <summary>
/// The notes stored with an evidence item (no GPS, no capture time, uploaded late) are shown in Chinese on the
/// Chinese page and as stored on the English page.
/// </summary>
public sealed class EvidenceNotesPageTests
{
    [Fact]
    public async Task Evidence_notes_are_shown_in_the_page_language()
    {
        await using var factory = new ZhifaFactory();
        using var media = new TestMedia();
        var api = new CaseApiClient(factory);
        var caseId = await EvidenceCases.InspectionReadyAsync(api);
        // The test photo was taken on 2026-06-01 at 09:15 in China. Uploaded two days later, it is 48.7 hours
        // late by the file's time, so past the 24-hour limit.
        api.SetToday(6, 3);
        var officer = await api.AsAsync("officer");

        // A plain ImageMagick picture: no EXIF time, no GPS, and the upload gives no time either.
        var plain = Path.Combine(media.Folder, "plain.jpg");
        await Tool.RunAsync("convert", "-size", "320x240", "xc:gray", plain);
        await TusTestClient.UploadFileAsync(officer, caseId, plain);
        await TusTestClient.UploadFileAsync(officer, caseId, await media.PhotoAsync("late.jpg"), "inspect");

        var chinese = await officer.GetStringAsync($"/cases/{caseId}/evidence");
        Assert.Contains("照片没有EXIF拍摄时间。", chinese);
        Assert.Contains("照片没有GPS位置信息。", chinese);
        Assert.Contains("拍摄时间不明：文件中没有，上传时也未填写。", chinese);
        Assert.Contains("录制结束后 48.7 小时才上传，超过 24 小时的上传时限。", chinese);
        Assert.Contains("超过24小时上传时限", chinese);
        Assert.DoesNotContain("The photo has no", chinese);
        Assert.DoesNotContain("hours after the recording ended", chinese);

        var english = await officer.GetStringAsync($"/cases/{caseId}/evidence?culture=en");
        Assert.Contains("The photo has no GPS position.", english);
        Assert.Matches(new Regex(@"Uploaded 48\.7 hours after the recording ended; the limit is 24 hours\."), english);
        Assert.DoesNotContain("照片没有GPS位置信息", english);
    }
}
