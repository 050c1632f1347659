using System.Text.RegularExpressions;
using Zhifa.Web.Localization;

namespace Zhifa.Web.Evidence;

/// <summary>
/// Shows the notes stored with an evidence item in the reader's language. The upload and the media probe write
/// the notes in English, and the record's payload keeps them so. On a Chinese page each known sentence comes
/// from its key in Resources/evidence-notes.*.json, with its values filled in. A note that
/// matches no known sentence is shown as stored.
/// </summary>
public static partial class EvidenceNotes
{
    private static readonly (Regex Pattern, string Key)[] Known =
    [
        (NoGps(), "evidence.note.no_gps"),
        (NoExifTime(), "evidence.note.no_exif_time"),
        (ImageUnreadable(), "evidence.note.image_unreadable"),
        (NoFfprobe(), "evidence.note.no_ffprobe"),
        (FfprobeFailed(), "evidence.note.ffprobe_failed"),
        (NoDuration(), "evidence.note.no_duration"),
        (NoStream(), "evidence.note.no_stream"),
        (TimeUnknown(), "evidence.note.time_unknown"),
        (TimeAfterUpload(), "evidence.note.time_after_upload"),
        (Late(), "evidence.note.late"),
        (UnknownDevice(), "evidence.note.unknown_device"),
    ];

    /// <summary>The item's notes (one per line as stored) in the request's language.</summary>
    public static IReadOnlyList<string> Show(string stored, Texts texts) =>
        [.. stored.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(note => Show1(note, texts))];

    private static string Show1(string note, Texts texts)
    {
        if (Texts.IsEnglish)
        {
            return note;
        }

        foreach (var (pattern, key) in Known)
        {
            var match = pattern.Match(note);
            if (match.Success)
            {
                var values = pattern.GetGroupNames()
                    .Where(name => !int.TryParse(name, out _))
                    .Select(name => (name, (object?)match.Groups[name].Value))
                    .ToArray();
                return texts.Format(key, values);
            }
        }

        return note;
    }

    [GeneratedRegex(@"^The photo has no GPS position\.$")]
    private static partial Regex NoGps();

    [GeneratedRegex(@"^The photo has no EXIF capture time\.$")]
    private static partial Regex NoExifTime();

    [GeneratedRegex(@"^The image metadata could not be read: (?<reason>.*)$", RegexOptions.Singleline)]
    private static partial Regex ImageUnreadable();

    [GeneratedRegex(@"^ffprobe is not installed, so the duration and codecs were not read\.$")]
    private static partial Regex NoFfprobe();

    [GeneratedRegex(@"^ffprobe could not read the file: (?<reason>.*)$", RegexOptions.Singleline)]
    private static partial Regex FfprobeFailed();

    [GeneratedRegex(@"^ffprobe found no duration\.$")]
    private static partial Regex NoDuration();

    [GeneratedRegex(@"^ffprobe found no audio or video stream\.$")]
    private static partial Regex NoStream();

    [GeneratedRegex(@"^The capture time is unknown: the file has none and the upload gave none\.$")]
    private static partial Regex TimeUnknown();

    [GeneratedRegex(@"^The file says it was captured at (?<time>.+), after it was uploaded; the device clock is probably wrong\.$")]
    private static partial Regex TimeAfterUpload();

    [GeneratedRegex(@"^Uploaded (?<hours>[0-9.]+) hours after the recording ended; the limit is (?<limit>[0-9.]+) hours\.$")]
    private static partial Regex Late();

    [GeneratedRegex(@"^The device (?<device>\S+) is not on the device ledger\.$")]
    private static partial Regex UnknownDevice();
}
