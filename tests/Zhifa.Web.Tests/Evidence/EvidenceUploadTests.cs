using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Evidence;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Evidence;

/// <summary>
/// Evidence uploaded over tus becomes an item of its case with what the file says about itself, and is
/// served with range requests that leave a trace in the record.
/// </summary>
public sealed class EvidenceUploadTests
{
    [Fact]
    public async Task Video_with_sound_is_stored_by_hash_with_duration_and_codecs()
    {
        await using var factory = new ZhifaFactory();
        using var media = new TestMedia();
        var api = new CaseApiClient(factory);
        var caseId = await EvidenceCases.InspectionReadyAsync(api);
        var video = await media.VideoAsync(seconds: 3);
        var officer = await api.AsAsync("officer");

        // Small chunks, so the upload takes several PATCH requests.
        var evidenceId = await TusTestClient.UploadFileAsync(officer, caseId, video, "inspect", chunk: 16 * 1024);

        var item = await TusTestClient.EvidenceAsync(officer, caseId, evidenceId);
        var sha = await TusTestClient.Sha256Async(video);
        Assert.Equal(sha, item.GetProperty("sha256").GetString());
        Assert.Equal("inspect", item.GetProperty("step").GetString());
        Assert.Equal("video/mp4", item.GetProperty("contentType").GetString());
        Assert.Equal("h264,aac", item.GetProperty("codecs").GetString());
        Assert.InRange(item.GetProperty("durationSeconds").GetDouble(), 2.9, 3.2);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 1, 30, 0, TimeSpan.Zero), item.GetProperty("capturedAt").GetDateTimeOffset());
        Assert.False(item.GetProperty("uploadedLate").GetBoolean());
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "files", sha[..2], sha[2..4], sha)));
        Assert.Empty(Directory.GetFiles(Path.Combine(factory.DataDirectory, "uploads")));

        var entries = await EvidenceCases.EntriesAsync(factory, caseId, "evidence.");
        var registered = Assert.Single(entries);
        Assert.Equal("evidence.registered", registered.Action);
        Assert.Contains("\"codecs\":\"h264,aac\"", registered.Payload);
    }

    [Fact]
    public async Task Photo_exif_time_camera_and_gps_are_read()
    {
        await using var factory = new ZhifaFactory();
        using var media = new TestMedia();
        var api = new CaseApiClient(factory);
        var caseId = await EvidenceCases.InspectionReadyAsync(api);
        var photo = await media.PhotoAsync();
        var officer = await api.AsAsync("officer");

        var evidenceId = await TusTestClient.UploadFileAsync(officer, caseId, photo);

        var item = await TusTestClient.EvidenceAsync(officer, caseId, evidenceId);
        Assert.Equal("image/jpeg", item.GetProperty("contentType").GetString());
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 9, 15, 30, TimeSpan.FromHours(8)), item.GetProperty("capturedAt").GetDateTimeOffset());
        Assert.Equal(36.195, item.GetProperty("latitude").GetDouble(), 4);
        Assert.Equal(113.117, item.GetProperty("longitude").GetDouble(), 4);
        Assert.Equal("TestCam DSJ-Z8", item.GetProperty("deviceModel").GetString());
        Assert.Empty(item.GetProperty("notes").EnumerateArray());
    }

    [Fact]
    public async Task Without_ffprobe_the_upload_succeeds_and_says_what_was_not_read()
    {
        await using var factory = new ProbeLessFactory();
        using var media = new TestMedia();
        var api = new CaseApiClient(factory);
        var caseId = await EvidenceCases.InspectionReadyAsync(api);
        var video = await media.VideoAsync(seconds: 1);
        var officer = await api.AsAsync("officer");

        var evidenceId = await TusTestClient.UploadFileAsync(officer, caseId, video);

        var item = await TusTestClient.EvidenceAsync(officer, caseId, evidenceId);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("durationSeconds").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("codecs").ValueKind);
        Assert.Contains("ffprobe is not installed, so the duration and codecs were not read.", item.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task Range_request_returns_exactly_the_bytes_and_views_are_recorded()
    {
        await using var factory = new ZhifaFactory();
        using var media = new TestMedia();
        var api = new CaseApiClient(factory);
        var caseId = await EvidenceCases.InspectionReadyAsync(api);
        var video = await media.VideoAsync(seconds: 2);
        var officer = await api.AsAsync("officer");
        var evidenceId = await TusTestClient.UploadFileAsync(officer, caseId, video);
        var source = await File.ReadAllBytesAsync(video);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}/evidence/{evidenceId}/content");
        request.Headers.Range = new RangeHeaderValue(1000, 1999);
        using var response = await officer.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(source[1000..2000], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"bytes 1000-1999/{source.Length}", response.Content.Headers.ContentRange!.ToString());

        using var download = await officer.GetAsync($"/api/cases/{caseId}/evidence/{evidenceId}/content?download=true");
        Assert.Equal(source, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);

        var entries = await EvidenceCases.EntriesAsync(factory, caseId, "evidence.");
        Assert.Equal(["evidence.registered", "evidence.viewed", "evidence.downloaded"], entries.Select(e => e.Action));
        Assert.Contains("\"range\":\"bytes=1000-1999\"", entries[1].Payload);

        var county = await api.AsAsync("luzhou.officer");
        using var hidden = await county.GetAsync($"/api/cases/{caseId}/evidence/{evidenceId}/content");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(3, (await EvidenceCases.EntriesAsync(factory, caseId, "evidence.")).Count);
    }

    [Fact]
    public async Task Same_file_twice_is_stored_once()
    {
        await using var factory = new ZhifaFactory();
        using var media = new TestMedia();
        var api = new CaseApiClient(factory);
        var caseId = await EvidenceCases.InspectionReadyAsync(api);
        var video = await media.VideoAsync(seconds: 1);
        var officer = await api.AsAsync("officer");

        var first = await TusTestClient.UploadFileAsync(officer, caseId, video);
        var second = await TusTestClient.UploadFileAsync(officer, caseId, video);

        Assert.NotEqual(first, second);
        var sha = await TusTestClient.Sha256Async(video);
        Assert.Equal(sha, (await TusTestClient.EvidenceAsync(officer, caseId, second)).GetProperty("sha256").GetString());
        var stored = Directory.GetFiles(Path.Combine(factory.DataDirectory, "files"), sha, SearchOption.AllDirectories);
        Assert.Single(stored);
    }

    [Fact]
    public async Task Bad_inputs_are_refused_with_the_protocol_status()
    {
        await using var factory = new SmallLimitFactory();
        var api = new CaseApiClient(factory);
        var caseId = await EvidenceCases.InspectionReadyAsync(api);
        var officer = await api.AsAsync("officer");
        var uploads = Path.Combine(factory.DataDirectory, "uploads");
        var chunk = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();

        // Over the size limit (1 MiB here): 413 before any byte is stored, and no part file.
        using (var tooLarge = await TusTestClient.CreateRawAsync(officer, (1 << 20) + 1, TusTestClient.Metadata(("caseId", caseId.ToString()))))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        }

        Assert.False(Directory.Exists(uploads) && Directory.GetFiles(uploads).Length > 0);

        // A case of another county office: 404, as for a case that does not exist.
        var county = await api.AsAsync("luzhou.officer");
        using (var hidden = await TusTestClient.CreateRawAsync(county, 1000, TusTestClient.Metadata(("caseId", caseId.ToString()))))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        // Without Tus-Resumable: 412 with the version served.
        using (var noVersion = await officer.PostAsync("/api/uploads/", null))
        {
            Assert.Equal(HttpStatusCode.PreconditionFailed, noVersion.StatusCode);
            Assert.Equal("1.0.0", noVersion.Headers.GetValues("Tus-Version").Single());
        }

        var url = await TusTestClient.CreateAsync(officer, caseId, 3000, "chunks.bin");
        using (var first = await TusTestClient.PatchAsync(officer, url, 0, chunk, TusTestClient.ChecksumHeader(chunk)))
        {
            Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
            Assert.Equal(1000, TusTestClient.Offset(first));
        }

        // Wrong offset: 409 naming the right one, nothing appended.
        using (var wrong = await TusTestClient.PatchAsync(officer, url, 500, chunk))
        {
            Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);
            Assert.Equal(1000, TusTestClient.Offset(wrong));
        }

        // Checksum mismatch: 460, the chunk discarded.
        using (var mismatch = await TusTestClient.PatchAsync(officer, url, 1000, chunk, TusTestClient.ChecksumHeader(chunk.AsSpan(1))))
        {
            Assert.Equal(460, (int)mismatch.StatusCode);
        }

        Assert.Equal(1000, await TusTestClient.OffsetAsync(officer, url));
        Assert.Equal(1000, new FileInfo(Directory.GetFiles(uploads).Single()).Length);

        // Unknown checksum algorithm: 400. More bytes than Upload-Length: refused, nothing kept.
        using (var unknown = await TusTestClient.PatchAsync(officer, url, 1000, chunk, "crc32 AAAA"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        }

        using (var tooLong = await TusTestClient.PatchAsync(officer, url, 1000, new byte[2001]))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLong.StatusCode);
        }

        Assert.Equal(1000, await TusTestClient.OffsetAsync(officer, url));

        // Another user cannot see or write the upload.
        var officer2 = await api.AsAsync("officer2");
        using (var other = await TusTestClient.HeadAsync(officer2, url))
        {
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }

        using var options = await officer.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/api/uploads/"));
        Assert.Equal(HttpStatusCode.NoContent, options.StatusCode);
        Assert.Equal("creation,expiration,checksum", options.Headers.GetValues("Tus-Extension").Single());
        Assert.Equal("1048576", options.Headers.GetValues("Tus-Max-Size").Single());
    }

    [Fact]
    public async Task Abandoned_upload_expires_and_a_finished_one_stays()
    {
        await using var factory = new ZhifaFactory();
        using var media = new TestMedia();
        var api = new CaseApiClient(factory);
        var caseId = await EvidenceCases.InspectionReadyAsync(api);
        var officer = await api.AsAsync("officer");
        var photo = await media.PhotoAsync();
        var finished = await TusTestClient.UploadFileAsync(officer, caseId, photo);
        var abandoned = await TusTestClient.CreateAsync(officer, caseId, 5000, "half.bin");
        using (var half = await TusTestClient.PatchAsync(officer, abandoned, 0, new byte[2500]))
        {
            var expires = DateTimeOffset.Parse(half.Headers.GetValues("Upload-Expires").Single(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(ZhifaFactory.Now.AddHours(24), expires);
        }

        factory.Clock.Advance(TimeSpan.FromHours(25));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<UploadService>().CleanUpAsync(CancellationToken.None));
        }

        officer = await factory.SignedInAsync("officer");
        using (var gone = await TusTestClient.HeadAsync(officer, abandoned))
        {
            Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        }

        Assert.Empty(Directory.GetFiles(Path.Combine(factory.DataDirectory, "uploads")));
        using var content = await officer.GetAsync($"/api/cases/{caseId}/evidence/{finished}/content");
        Assert.Equal(await File.ReadAllBytesAsync(photo), await content.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Late_upload_is_accepted_and_flagged_and_device_usage_counts_it()
    {
        await using var factory = new ZhifaFactory();
        using var media = new TestMedia();
        var api = new CaseApiClient(factory);
        var caseId = await EvidenceCases.InspectionReadyAsync(api);
        var head = await api.AsAsync("head");
        var officer = await api.AsAsync("officer");
        var zhang = await api.OfficerIdAsync("14040001");

        var registered = await head.PostAsJsonAsync("/api/devices", new { code = "CZRF-ZFJLY-001", model = "DSJ-Z8" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var deviceId = JsonDocument.Parse(await registered.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/devices", new { code = "X-1", model = "m" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await head.PostAsJsonAsync($"/api/devices/{deviceId}/assign", new { officerId = zhang })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/devices/{deviceId}/check-out", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/devices/{deviceId}/check-out", new { })).StatusCode);

        // Recorded 30 hours before "now"; the limit is 24 hours.
        var video = await media.VideoAsync(seconds: 1, creationTime: "2026-05-30T20:00:00Z");
        var evidenceId = await TusTestClient.UploadFileAsync(officer, caseId, video, "inspect", extra: ("deviceId", deviceId.ToString()));
        factory.Clock.Advance(TimeSpan.FromHours(2));
        officer = await factory.SignedInAsync("officer");
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/devices/{deviceId}/return", null)).StatusCode);

        var item = await TusTestClient.EvidenceAsync(officer, caseId, evidenceId);
        Assert.True(item.GetProperty("uploadedLate").GetBoolean());
        Assert.Contains(item.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("Uploaded 30 hours after the recording ended", StringComparison.Ordinal));
        Assert.Equal(deviceId, item.GetProperty("deviceId").GetGuid());

        var usage = JsonDocument.Parse(await officer.GetStringAsync("/api/devices/usage")).RootElement.EnumerateArray()
            .Single(u => u.GetProperty("deviceId").GetGuid() == deviceId);
        Assert.Equal(1, usage.GetProperty("checkOuts").GetInt32());
        Assert.Equal(2.0, usage.GetProperty("hoursOut").GetDouble());
        Assert.Equal(1, usage.GetProperty("recordings").GetInt32());
        Assert.Equal(1, usage.GetProperty("lateUploads").GetInt32());
        Assert.Equal("Available", usage.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Future_capture_time_rejected_or_flagged()
    {
        await using var factory = new ZhifaFactory();
        using var media = new TestMedia();
        var api = new CaseApiClient(factory);
        var caseId = await EvidenceCases.InspectionReadyAsync(api);
        var officer = await api.AsAsync("officer");

        // Declared by the uploader one day after the server's now (2026-06-01T02:00Z): refused before any byte.
        using (var declared = await TusTestClient.CreateRawAsync(officer, 1000, TusTestClient.Metadata(
            ("caseId", caseId.ToString()), ("capturedAt", "2026-06-02T02:00:00Z"))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, declared.StatusCode);
            Assert.Contains("upload.captured_in_future", await declared.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Written by a camera whose clock runs two days ahead: the file is kept, not marked late, and a note gives the reason.
        var video = await media.VideoAsync(seconds: 1, creationTime: "2026-06-03T02:00:00Z");
        var evidenceId = await TusTestClient.UploadFileAsync(officer, caseId, video, "inspect");

        var item = await TusTestClient.EvidenceAsync(officer, caseId, evidenceId);
        Assert.False(item.GetProperty("uploadedLate").GetBoolean());
        Assert.Contains(item.GetProperty("notes").EnumerateArray(), n => n.GetString()!.EndsWith("after it was uploaded; the device clock is probably wrong.", StringComparison.Ordinal));
    }

    /// <summary>A host where ffprobe cannot be found.</summary>
    private sealed class ProbeLessFactory : ZhifaFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Evidence:FfprobePath", "/nonexistent/ffprobe");
        }
    }

    /// <summary>A host that accepts uploads of at most 1 MiB.</summary>
    private sealed class SmallLimitFactory : ZhifaFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Evidence:MaxUploadBytes", "1048576");
        }
    }
}
