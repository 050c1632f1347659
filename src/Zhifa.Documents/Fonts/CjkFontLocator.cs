using SkiaSharp;

namespace Zhifa.Documents.Fonts;

/// <summary>
/// Finds a Simplified Chinese font with TrueType outlines in the usual install locations of Debian and
/// Ubuntu (fonts-wqy-zenhei) and Windows (FangSong, SimSun, SimHei).
/// </summary>
// Only fonts with TrueType outlines (a 'glyf' table) qualify. SkiaSharp 4.156.1 embeds fonts with CFF
// outlines, such as Noto Sans/Serif CJK from fonts-noto-cjk, as Type 3 fonts without a subset tag. Its
// text-extraction map for them sends 人 and 民 to the Kangxi radicals ⼈ and ⺠, so searching or copying
// the PDF text fails. A TrueType font is embedded as a CID font with a correct map.
internal static class CjkFontLocator
{
    /// <summary>The Debian package that provides the preferred font.</summary>
    public const string DebianPackage = "fonts-wqy-zenhei";

    // Order is preference. WenQuanYi Zen Hei is a sans-serif (黑体-like) face, so the PDF body is
    // sans-serif on Linux. NOTE: a Song-style TrueType face such as AR PL UMing (fonts-arphic-uming)
    // would look closer to 仿宋 but has not been tried with this renderer.
    private static readonly FontCandidate[] BodyCandidates =
    [
        new("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYi Zen Hei"),
        new("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", "WenQuanYi Zen Hei"),
        new(@"C:\Windows\Fonts\simfang.ttf", "FangSong"),
        new(@"C:\Windows\Fonts\simsun.ttc", "SimSun"),
    ];

    private static readonly FontCandidate[] HeadingCandidates =
    [
        new("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYi Zen Hei"),
        new("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", "WenQuanYi Zen Hei"),
        new(@"C:\Windows\Fonts\simhei.ttf", "SimHei"),
    ];

    // 'glyf' as a big-endian OpenType table tag.
    private const uint GlyfTableTag = ('g' << 24) | ('l' << 16) | ('y' << 8) | 'f';

    /// <summary>
    /// Finds the body and heading faces. When no heading font is found, headings use the body font.
    /// </summary>
    /// <exception cref="CjkFontNotFoundException">No candidate file exists or contains a Chinese face with
    /// TrueType outlines.</exception>
    public static (LocatedFont Body, LocatedFont Heading) Locate() => Locate(BodyCandidates, HeadingCandidates);

    /// <summary>
    /// Finds the body and heading faces among the given candidates, in order.
    /// </summary>
    /// <exception cref="CjkFontNotFoundException">No candidate is usable.</exception>
    internal static (LocatedFont Body, LocatedFont Heading) Locate(
        IReadOnlyList<FontCandidate> bodyCandidates,
        IReadOnlyList<FontCandidate> headingCandidates)
    {
        var body = FindFirst(bodyCandidates) ?? FindFirst(headingCandidates);
        if (body is null)
        {
            var paths = bodyCandidates.Concat(headingCandidates).Select(c => c.Path).Distinct();
            throw new CjkFontNotFoundException(
                "No Simplified Chinese font with TrueType outlines was found for the PDF, so Chinese text cannot "
                + "be drawn. Looked for: " + string.Join(", ", paths)
                + $". Install one, for example with 'apt-get install {DebianPackage}' on Debian or Ubuntu "
                + "(fonts-noto-cjk alone is not enough because its CFF outlines embed without a correct text map).");
        }

        var heading = FindFirst(headingCandidates) ?? body;
        return (body, heading);
    }

    /// <summary>
    /// Opens the whole face, as installed.
    /// </summary>
    public static SKTypeface Open(LocatedFont font) =>
        SKTypeface.FromFile(font.Path, font.FaceIndex)
        ?? throw new CjkFontNotFoundException($"The font file {font.Path} could not be opened (face {font.FaceIndex}).");

    private static LocatedFont? FindFirst(IEnumerable<FontCandidate> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (!File.Exists(candidate.Path))
            {
                continue;
            }

            var faceIndex = FindFace(candidate);
            if (faceIndex is not null)
            {
                return new LocatedFont(candidate.Path, faceIndex.Value, candidate.FamilyName);
            }
        }

        return null;
    }

    // Walks the faces of a collection until the family matches. SKTypeface.FromFile returns null past
    // the last face; the bound of 64 only guards against a malformed file.
    private static int? FindFace(FontCandidate candidate)
    {
        for (var index = 0; index < 64; index++)
        {
            using var typeface = SKTypeface.FromFile(candidate.Path, index);
            if (typeface is null)
            {
                return null;
            }

            if (IsUsable(typeface, candidate.FamilyName))
            {
                return index;
            }
        }

        return null;
    }

    private static bool IsUsable(SKTypeface typeface, string familyName)
    {
        if (!string.Equals(typeface.FamilyName, familyName, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        using var font = new SKFont(typeface);
        return typeface.GetTableTags().Contains(GlyfTableTag) && font.ContainsGlyphs("中（）");
    }
}
