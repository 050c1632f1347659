using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Evidence;

/// <summary>Real media made by real tools during the test: ffmpeg for video with sound, ImageMagick and exiftool for a photo.</summary>
public sealed class TestMedia : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("zhifa-media-").FullName;

    /// <summary>A video of <paramref name="seconds"/> seconds with a test picture and a 440 Hz tone (H.264 and AAC in MP4).</summary>
    public async Task<string> VideoAsync(int seconds = 3, string name = "inspection.mp4", string creationTime = "2026-06-01T01:30:00Z")
    {
        var path = Path.Combine(Folder, name);
        await Tool.RunAsync(
            "ffmpeg", "-v", "error", "-y",
            "-f", "lavfi", "-i", $"testsrc=duration={seconds}:size=320x240:rate=25",
            "-f", "lavfi", "-i", $"sine=frequency=440:duration={seconds}",
            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest",
            "-metadata", $"creation_time={creationTime}", path);
        return path;
    }

    /// <summary>A JPEG photo with an EXIF capture time, camera model and GPS position.</summary>
    public async Task<string> PhotoAsync(string name = "scene.jpg")
    {
        var path = Path.Combine(Folder, name);
        await Tool.RunAsync("convert", "-size", "640x480", "gradient:blue-white", "-quality", "85", path);
        await Tool.RunAsync(
            "exiftool", "-q", "-overwrite_original",
            "-DateTimeOriginal=2026:06:01 09:15:30",
            "-Make=TestCam", "-Model=DSJ-Z8",
            "-GPSLatitude=36.195", "-GPSLatitudeRef=N",
            "-GPSLongitude=113.117", "-GPSLongitudeRef=E",
            path);
        return path;
    }

    /// <summary>A file of <paramref name="length"/> bytes where byte i is i mod 251.</summary>
    public string Patterned(long length, string name = "pattern.bin")
    {
        var path = Path.Combine(Folder, name);
        using var file = File.Create(path);
        var block = new byte[251 * 4096];
        for (var i = 0; i < block.Length; i++)
        {
            block[i] = (byte)(i % 251);
        }

        var left = length;
        while (left > 0)
        {
            var n = (int)Math.Min(left, block.Length);
            file.Write(block, 0, n);
            left -= n;
        }

        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
