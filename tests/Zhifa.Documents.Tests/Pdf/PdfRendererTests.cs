using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;
using Zhifa.Documents.Model;
using Zhifa.Documents.Tests.Support;

namespace Zhifa.Documents.Tests.Pdf;

public sealed partial class PdfRendererTests(RenderedSamplePdf pdf) : IClassFixture<RenderedSamplePdf>
{
    private const string Poppler = "poppler-utils";

    [Fact]
    public void ToPdf_SampleDecision_TextExtractsUnchanged()
    {
        var text = ExternalTool.Run("pdftotext", Poppler, "-layout", pdf.PdfPath, "-");

        foreach (var expected in SamplePenaltyDecision.ExpectedStrings)
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToPdf_WrappedParagraph_ExtractsWholeWithoutLineBreaks()
    {
        var text = ExternalTool.Run("pdftotext", Poppler, "-layout", pdf.PdfPath, "-");
        var lines = text.Split('\n');

        Assert.Contains(RemoveWhitespace(SamplePenaltyDecision.LongParagraph), RemoveWhitespace(text));
        Assert.Contains(RemoveWhitespace(SamplePenaltyDecision.PenaltyParagraph), RemoveWhitespace(text));
        Assert.DoesNotContain(lines, line => line.Contains(SamplePenaltyDecision.LongParagraph, StringComparison.Ordinal));
    }

    [Fact]
    public void ToPdf_SampleDecision_NumbersEveryPage()
    {
        var info = ExternalTool.Run("pdfinfo", Poppler, pdf.PdfPath);
        var text = ExternalTool.Run("pdftotext", Poppler, "-layout", pdf.PdfPath, "-");

        var pages = int.Parse(InfoValue(info, "Pages") ?? "0", CultureInfo.InvariantCulture);
        Assert.Equal(2, pages);
        for (var page = 1; page <= pages; page++)
        {
            Assert.Contains($"—{page}—", RemoveWhitespace(text), StringComparison.Ordinal);
        }

        Assert.EndsWith("pts (A4)", InfoValue(info, "Page size"), StringComparison.Ordinal);
    }

    [Fact]
    public void ToPdf_EveryWord_StaysInsideTheTextArea()
    {
        var boxes = ExternalTool.Run("pdftotext", Poppler, "-bbox", pdf.PdfPath, "-");
        var words = WordBox().Matches(boxes);

        // The text area is 28 mm to 184 mm from the left edge; 1 pt of tolerance covers rounding.
        var left = 28 * 72 / 25.4 - 1;
        var right = 184 * 72 / 25.4 + 1;
        Assert.NotEmpty(words);
        foreach (Match word in words)
        {
            var xMin = double.Parse(word.Groups["xMin"].Value, CultureInfo.InvariantCulture);
            var xMax = double.Parse(word.Groups["xMax"].Value, CultureInfo.InvariantCulture);
            Assert.True(xMin >= left, $"'{word.Groups["word"].Value}' starts at x = {xMin}, left of {left}.");
            Assert.True(xMax <= right, $"'{word.Groups["word"].Value}' ends at x = {xMax}, right of {right}.");
        }
    }

    [Fact]
    public void ToPdf_Fonts_AreEmbeddedSubsets()
    {
        var output = ExternalTool.Run("pdffonts", Poppler, pdf.PdfPath);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var (name, emb, sub) = (columns[0], columns[^5], columns[^4]);
            Assert.True(emb == "yes", $"Font {name} is not embedded: {row}");
            Assert.True(sub == "yes", $"Font {name} is not a subset: {row}");
        }
    }

    [Fact]
    public void ToPdf_EmbeddedFonts_CoverEveryInputCharacter()
    {
        var text = string.Concat(PdfTextOf(SamplePenaltyDecision.Create())) + "（）";
        var fontFiles = EmbeddedFontFiles.Read(pdf.Bytes);

        // The body and headings share one face, so the PDF embeds exactly one font program.
        Assert.Single(fontFiles);
        using var data = SKData.CreateCopy(fontFiles[0]);
        using var typeface = SKTypeface.FromData(data);
        Assert.NotNull(typeface);
        using var font = new SKFont(typeface);
        foreach (var rune in text.EnumerateRunes().Where(rune => !Rune.IsWhiteSpace(rune)).Distinct())
        {
            var glyph = font.GetGlyph(rune.Value);
            Assert.True(glyph != 0, $"U+{rune.Value:X4} '{rune}' maps to .notdef in the embedded font.");
            using var outline = font.GetGlyphPath(glyph);
            Assert.True(
                outline is not null && !outline.IsEmpty,
                $"U+{rune.Value:X4} '{rune}' has no outline in the embedded font.");
        }
    }

    [Fact]
    public void ToPdf_EmbeddedFont_KeepsOnlyUsedOutlines()
    {
        var fontFiles = EmbeddedFontFiles.Read(pdf.Bytes);
        using var data = SKData.CreateCopy(fontFiles[0]);
        using var typeface = SKTypeface.FromData(data);
        using var font = new SKFont(typeface);
        using var unused = font.GetGlyphPath(font.GetGlyph('鑫'));

        // The installed WenQuanYi Zen Hei collection is 16 MB; a one-face reduced copy is far smaller.
        Assert.InRange(pdf.Bytes.Length, 1, 2_000_000);
        Assert.True(unused is null || unused.IsEmpty, "An unused character (鑫) kept its outline.");
    }

    [Fact]
    public void ToPdf_FirstPage_OcrReadsTheTitle()
    {
        var prefix = pdf.WorkFile("page");
        ExternalTool.Run("pdftoppm", Poppler, "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", pdf.PdfPath, prefix);
        var ocr = ExternalTool.Run("tesseract", "tesseract-ocr-chi-sim", prefix + ".png", "stdout", "-l", "chi_sim");

        Assert.Contains(SamplePenaltyDecision.Title, RemoveWhitespace(ocr), StringComparison.Ordinal);
    }

    [Fact]
    public void ToPdf_InfoDictionary_HoldsOnlyTitleAndProducer()
    {
        var info = ExternalTool.Run("pdfinfo", Poppler, pdf.PdfPath);
        var xmp = ExternalTool.Run("pdfinfo", Poppler, "-meta", pdf.PdfPath);

        Assert.Equal(SamplePenaltyDecision.Title, InfoValue(info, "Title"));
        Assert.Equal(DocumentRenderer.GeneratorName, InfoValue(info, "Producer"));
        Assert.Null(InfoValue(info, "Author"));
        Assert.Null(InfoValue(info, "Creator"));
        Assert.DoesNotContain(SamplePenaltyDecision.StaffName, info, StringComparison.Ordinal);
        Assert.DoesNotContain(SamplePenaltyDecision.StaffName, xmp, StringComparison.Ordinal);
        Assert.DoesNotContain("xmpmeta", xmp, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPdf_File_HasNoIncrementalUpdates()
    {
        var raw = Encoding.Latin1.GetString(pdf.Bytes);

        Assert.StartsWith("%PDF-", raw, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(raw, "%%EOF"));
        Assert.Equal(1, Regex.Count(raw, @"\bstartxref\b"));
        Assert.Equal("%%EOF", raw.TrimEnd()[^5..]);
    }

    private static IEnumerable<string> PdfTextOf(EnforcementDocument document)
    {
        yield return document.IssuingBody;
        yield return document.Title;
        yield return document.DocumentNumber;
        foreach (var block in document.Blocks)
        {
            yield return block switch
            {
                HeadingBlock heading => heading.Text,
                ParagraphBlock paragraph => paragraph.Text,
                FieldTableBlock table => string.Concat(table.Rows.Select(row => row.Label + "：" + row.Value)),
                SignatureBlock signature => string.Concat(signature.SignerLines) + signature.SealNote + signature.Date,
                FooterNoteBlock footer => footer.Text,
                _ => throw new ArgumentException($"Unknown block {block.GetType().Name}."),
            };
        }
    }

    private static string? InfoValue(string info, string key)
    {
        foreach (var line in info.Split('\n'))
        {
            if (line.StartsWith(key + ":", StringComparison.Ordinal))
            {
                return line[(key.Length + 1)..].Trim();
            }
        }

        return null;
    }

    private static string RemoveWhitespace(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(
        @"<word xMin=""(?<xMin>[\d.]+)"" yMin=""[\d.]+"" xMax=""(?<xMax>[\d.]+)"" yMax=""[\d.]+"">(?<word>[^<]*)</word>")]
    private static partial Regex WordBox();
}
