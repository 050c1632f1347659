using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Zhifa.Web.Cli.DemoMonth;

/// <summary>
/// Photos (ImageMagick, with EXIF from exiftool when it is installed) and videos with sound (ffmpeg) made at run
/// time in a temporary folder, deleted at the end.
/// </summary>
internal sealed class DemoMedia : IDisposable
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private DemoMedia(bool hasExiftool)
    {
        HasExiftool = hasExiftool;
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("zhifa-demo-month-").FullName;

    /// <summary>Whether photos carry EXIF capture times; without exiftool the platform dates them by the upload.</summary>
    public bool HasExiftool { get; }

    /// <summary>Checks for ffmpeg and ImageMagick before anything is sent, naming the packages to install.</summary>
    public static async Task<DemoMedia> CreateAsync()
    {
        var missing = new List<string>();
        if (!await RunsAsync("ffmpeg", "-version"))
        {
            missing.Add("ffmpeg");
        }

        if (!await RunsAsync("convert", "-version"))
        {
            missing.Add("ImageMagick's convert");
        }

        if (missing.Count > 0)
        {
            throw new DemoMonthException(
                $"{string.Join(" and ", missing)} not found; the scenario makes its photos and videos with them: apt-get install ffmpeg imagemagick",
                69);
        }

        return new DemoMedia(await RunsAsync("exiftool", "-ver"));
    }

    /// <summary>An MP4 (H.264 test picture, AAC 440 Hz tone) whose recording starts at <paramref name="start"/>.</summary>
    public async Task<string> VideoAsync(string name, DateTimeOffset start, int seconds)
    {
        var path = Path.Combine(Folder, name);
        var creation = start.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        await RunAsync(
            "ffmpeg", "-v", "error", "-y",
            "-f", "lavfi", "-i", $"testsrc=duration={seconds}:size=320x240:rate=25",
            "-f", "lavfi", "-i", $"sine=frequency=440:duration={seconds}",
            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest",
            "-metadata", $"creation_time={creation}", path);
        return path;
    }

    /// <summary>A JPEG with its capture time (China time), camera and position in EXIF when exiftool is present.</summary>
    public async Task<string> PhotoAsync(string name, DateTimeOffset taken, string caption)
    {
        var path = Path.Combine(Folder, name);
        await RunAsync(
            "convert", "-size", "640x480", "gradient:steelblue-white",
            "-fill", "black", "-pointsize", "24", "-gravity", "south", "-annotate", "+0+20", caption,
            "-quality", "85", path);
        if (HasExiftool)
        {
            var local = taken.ToOffset(China).ToString("yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture);
            await RunAsync(
                "exiftool", "-q", "-overwrite_original",
                $"-DateTimeOriginal={local}", "-OffsetTimeOriginal=+08:00",
                "-Make=Zhifa", "-Model=DSJ-DEMO",
                "-GPSLatitude=36.195", "-GPSLatitudeRef=N", "-GPSLongitude=113.117", "-GPSLongitudeRef=E",
                path);
        }

        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static async Task<bool> RunsAsync(string program, string argument)
    {
        try
        {
            await RunAsync(program, argument);
            return true;
        }
        catch (DemoMonthException)
        {
            return false;
        }
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            throw new DemoMonthException($"{program} is not installed: apt-get install ffmpeg imagemagick", 69);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            await output;
            if (process.ExitCode != 0)
            {
                throw new DemoMonthException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {(await error).Trim()}");
            }
        }
    }
}
