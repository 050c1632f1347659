using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Zhifa.Documents.Tests.Support;

/// <summary>
/// Reads the TrueType font programs (FontFile2 streams) embedded in a PDF written by Skia, which marks
/// each with /Length1 (the uncompressed size) and compresses it with Flate.
/// </summary>
internal static partial class EmbeddedFontFiles
{
    public static IReadOnlyList<byte[]> Read(byte[] pdf)
    {
        var raw = Encoding.Latin1.GetString(pdf);
        var fonts = new List<byte[]>();
        foreach (Match match in FontStreamHeader().Matches(raw))
        {
            var start = match.Index + match.Length;
            var length = int.Parse(match.Groups["length"].Value, System.Globalization.CultureInfo.InvariantCulture);
            using var compressed = new MemoryStream(pdf, start, length);
            using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
            using var font = new MemoryStream();
            inflater.CopyTo(font);
            fonts.Add(font.ToArray());
        }

        return fonts;
    }

    [GeneratedRegex(@"/Length1 \d+\s*/Filter /FlateDecode\s*/Length (?<length>\d+)\s*>>\s*stream\r?\n")]
    private static partial Regex FontStreamHeader();
}
