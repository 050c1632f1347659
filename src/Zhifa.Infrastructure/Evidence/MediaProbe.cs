using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Util;

namespace Zhifa.Infrastructure.Evidence;

/// <summary>
/// Reads what a file says about itself: its type, capture time, camera and GPS position from EXIF
/// (MetadataExtractor), and the duration and codecs of audio and video (ffprobe). What cannot be read is
/// listed in <see cref="MediaFacts.Notes"/>; reading never fails an upload.
/// </summary>
public sealed class MediaProbe(EvidenceSettings settings)
{
    private static readonly TimeSpan AgencyOffset = TimeSpan.FromHours(8);

    /// <summary>
    /// Reads the file at <paramref name="path"/>, whose open (and locked) stream is <paramref name="content"/>:
    /// type and EXIF come from the stream, audio and video facts from ffprobe reading the path.
    /// </summary>
    public async Task<MediaFacts> ReadAsync(string path, Stream content, string? declaredType, CancellationToken ct)
    {
        var facts = new MediaFacts { ContentType = DetectType(content) ?? Normalise(declaredType) };
        if (facts.ContentType.StartsWith("image/", StringComparison.Ordinal))
        {
            content.Position = 0;
            ReadExif(content, facts);
        }
        else if (facts.ContentType.StartsWith("video/", StringComparison.Ordinal) || facts.ContentType.StartsWith("audio/", StringComparison.Ordinal))
        {
            await ReadWithFfprobeAsync(path, facts, ct);
        }

        return facts;
    }

    private static string Normalise(string? declared) =>
        string.IsNullOrWhiteSpace(declared) || declared.Length > 100 ? "application/octet-stream" : declared.Trim().ToLowerInvariant();

    private static string? DetectType(Stream content)
    {
        try
        {
            content.Position = 0;
            var type = FileTypeDetector.DetectFileType(content);
            return type == FileType.Unknown ? null : type.GetMimeType();
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static void ReadExif(Stream content, MediaFacts facts)
    {
        IReadOnlyList<MetadataExtractor.Directory> directories;
        try
        {
            directories = ImageMetadataReader.ReadMetadata(content);
        }
        catch (Exception e) when (e is ImageProcessingException or IOException)
        {
            facts.Notes.Add($"The image metadata could not be read: {e.Message}");
            return;
        }

        var exif = directories.OfType<ExifSubIfdDirectory>().FirstOrDefault();
        if (exif is not null && exif.TryGetDateTime(ExifDirectoryBase.TagDateTimeOriginal, out var taken))
        {
            // EXIF times carry no zone; cameras of the agency run on China time.
            facts.CapturedAt = new DateTimeOffset(DateTime.SpecifyKind(taken, DateTimeKind.Unspecified), AgencyOffset);
        }
        else
        {
            facts.Notes.Add("The photo has no EXIF capture time.");
        }

        var gps = directories.OfType<GpsDirectory>().FirstOrDefault();
        if (gps?.GetGeoLocation() is { } location)
        {
            facts.Latitude = location.Latitude;
            facts.Longitude = location.Longitude;
        }
        else
        {
            facts.Notes.Add("The photo has no GPS position.");
        }

        var camera = directories.OfType<ExifIfd0Directory>().FirstOrDefault();
        var model = camera?.GetDescription(ExifDirectoryBase.TagModel);
        var make = camera?.GetDescription(ExifDirectoryBase.TagMake);
        facts.DeviceModel = string.Join(' ', new[] { make, model }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } name ? name : null;
    }

    private async Task ReadWithFfprobeAsync(string path, MediaFacts facts, CancellationToken ct)
    {
        var start = new ProcessStartInfo(settings.FfprobePath, ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("no process");
        }
        catch (Win32Exception)
        {
            facts.Notes.Add("ffprobe is not installed, so the duration and codecs were not read.");
            return;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var error = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
            {
                facts.Notes.Add($"ffprobe could not read the file: {(await error).Trim()}");
                return;
            }

            ParseFfprobe(await output, facts);
        }
    }

    private static void ParseFfprobe(string json, MediaFacts facts)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("format", out var format))
        {
            if (format.TryGetProperty("duration", out var duration)
                && double.TryParse(duration.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                facts.DurationSeconds = seconds;
            }

            if (format.TryGetProperty("tags", out var tags) && tags.TryGetProperty("creation_time", out var created)
                && DateTimeOffset.TryParse(created.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                facts.CapturedAt = at;
            }
        }

        if (facts.DurationSeconds is null)
        {
            facts.Notes.Add("ffprobe found no duration.");
        }

        if (root.TryGetProperty("streams", out var streams))
        {
            var codecs = streams.EnumerateArray()
                .Where(s => s.TryGetProperty("codec_type", out var type) && type.GetString() is "video" or "audio")
                .Select(s => s.TryGetProperty("codec_name", out var name) ? name.GetString() : null)
                .OfType<string>()
                .ToList();
            facts.Codecs = codecs.Count > 0 ? string.Join(',', codecs) : null;
        }

        if (facts.Codecs is null)
        {
            facts.Notes.Add("ffprobe found no audio or video stream.");
        }
    }
}

/// <summary>What a file says about itself.</summary>
public sealed class MediaFacts
{
    public string ContentType { get; set; } = "application/octet-stream";

    public DateTimeOffset? CapturedAt { get; set; }

    public double? DurationSeconds { get; set; }

    public string? Codecs { get; set; }

    public string? DeviceModel { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public List<string> Notes { get; } = [];
}
