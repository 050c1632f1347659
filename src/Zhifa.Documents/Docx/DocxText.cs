using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Zhifa.Documents.Fonts;

namespace Zhifa.Documents.Docx;

/// <summary>
/// Builds runs and paragraphs whose run properties always name the East-Asian font and language, so
/// Word never falls back to a theme font for the Chinese characters.
/// </summary>
internal static class DocxText
{
    public const string ChineseLanguage = "zh-CN";

    public static RunFonts BodyFonts() => Fonts(DocxFontNames.Body);

    public static RunFonts HeadingFonts() => Fonts(DocxFontNames.Heading);

    // w:ascii and w:hAnsi cover Latin letters and digits; w:eastAsia covers the Chinese characters.
    public static RunFonts Fonts(string eastAsiaFont) => new()
    {
        Ascii = DocxFontNames.Latin,
        HighAnsi = DocxFontNames.Latin,
        EastAsia = eastAsiaFont,
        ComplexScript = DocxFontNames.Latin,
        Hint = FontTypeHintValues.EastAsia,
    };

    public static Languages Language() => new() { Val = ChineseLanguage, EastAsia = ChineseLanguage };

    /// <summary>
    /// Creates runs for <paramref name="text"/>, with a line break (w:br) for each line feed.
    /// </summary>
    public static IEnumerable<Run> Runs(string text, string eastAsiaFont)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run(new RunProperties(Fonts(eastAsiaFont), Language()));
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            yield return run;
        }
    }

    public static Paragraph Paragraph(string styleId, string text, string eastAsiaFont)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        paragraph.Append(Runs(text, eastAsiaFont));
        return paragraph;
    }
}
