using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Zhifa.Documents.Fonts;

/// <summary>
/// The typefaces one PDF is drawn with: one for the body and one for the title and headings, which may be
/// the same face. Each is a reduced copy of an installed font that keeps only the outlines of the
/// characters the document uses, because Skia embeds the font it is given whole.
/// </summary>
internal sealed class PdfFonts : IDisposable
{
    private PdfFonts(SKTypeface body, SKTypeface heading)
    {
        Body = body;
        Heading = heading;
    }

    public SKTypeface Body { get; }

    public SKTypeface Heading { get; }

    /// <summary>
    /// Finds the installed fonts and reduces them to the characters of <paramref name="bodyText"/> and
    /// <paramref name="headingText"/>. When both use one face, one typeface serves both, so the PDF embeds
    /// it once.
    /// </summary>
    /// <exception cref="CjkFontNotFoundException">No Chinese font is installed.</exception>
    /// <exception cref="ArgumentException">A character is missing from its font.</exception>
    public static PdfFonts Create(string bodyText, string headingText)
    {
        var (body, heading) = CjkFontLocator.Locate();
        if (body == heading)
        {
            var shared = Reduce(body, bodyText + headingText);
            return new PdfFonts(shared, shared);
        }

        return new PdfFonts(Reduce(body, bodyText), Reduce(heading, headingText));
    }

    public void Dispose()
    {
        Body.Dispose();
        if (!ReferenceEquals(Heading, Body))
        {
            Heading.Dispose();
        }
    }

    private static SKTypeface Reduce(LocatedFont located, string text)
    {
        ushort[] glyphs;
        using (var installed = CjkFontLocator.Open(located))
        using (var font = new SKFont(installed))
        {
            EnsureGlyphs(font, located, text);
            glyphs = font.GetGlyphs(text);
        }

        var reduced = TrueTypeSubsetter.Subset(File.ReadAllBytes(located.Path), located.FaceIndex, glyphs);
        using var data = SKData.CreateCopy(reduced);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Skia could not load the reduced copy of {located.Path}.");
    }

    // Skia draws a missing character as an empty .notdef box without complaint, so the text is checked
    // first: a decision with a blank where a name should be must not be produced.
    private static void EnsureGlyphs(SKFont font, LocatedFont located, string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) || font.ContainsGlyph(rune.Value))
            {
                continue;
            }

            var codePoint = rune.Value.ToString("X4", CultureInfo.InvariantCulture);
            throw new ArgumentException(
                $"The character U+{codePoint} '{rune}' is not in the font '{located.FamilyName}' ({located.Path}), "
                + "so the PDF would show an empty box. Replace the character or install a font that covers it.");
        }
    }
}
