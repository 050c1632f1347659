using SkiaSharp;
using Zhifa.Documents.Fonts;
using Zhifa.Documents.Model;

namespace Zhifa.Documents.Pdf;

/// <summary>
/// Lays out an <see cref="EnforcementDocument"/> on A4 pages with Skia's PDF backend, which writes the
/// file in one pass (no incremental updates) and embeds each font it draws with.
/// </summary>
internal static class PdfRenderer
{
    // Sizes in points follow the Chinese type-size names: 二号 22 pt for the title, 三号 16 pt for the body,
    // 四号 14 pt for notes and page numbers. 28.95 pt between baselines puts 22 body lines in the 225 mm
    // text area.
    private const float TitleSize = 22;
    private const float TitlePitch = 36;
    private const float BodySize = 16;
    private const float BodyPitch = 28.95f;
    private const float NoteSize = 14;
    private const float NotePitch = 24;

    // Characters of the page numbers (— 12 —), which the document text does not contain.
    private const string PageNumberCharacters = "— 0123456789";

    public static void Render(EnforcementDocument document, Stream output)
    {
        var headingText = string.Concat(HeadingFontTexts(document));
        var bodyText = string.Concat(BodyFontTexts(document)) + PageNumberCharacters;
        using var fonts = PdfFonts.Create(bodyText, headingText);

        // NOTE: the title is not bold. SkiaSharp 4.156.1 embeds a synthetic bold (SKFont.Embolden) as a
        // Type 3 font without a subset tag, and the installed Chinese fonts have no bold face.
        using var title = new TextStyle(fonts.Heading, TitleSize, TitlePitch);
        using var body = new TextStyle(fonts.Body, BodySize, BodyPitch);
        using var heading = new TextStyle(fonts.Heading, BodySize, BodyPitch);
        using var note = new TextStyle(fonts.Body, NoteSize, NotePitch);

        // Only the title and the producer go into the Info dictionary: no author, creator or dates,
        // so a published file names no member of staff and does not change between runs.
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Title,
            Producer = DocumentRenderer.GeneratorName,
        };
        using var pdf = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document on the stream.");

        var writer = new PdfPageWriter(pdf, note);
        var layout = new BlockLayout(writer, title, body, heading, note);
        layout.DrawHeader(document);
        foreach (var block in document.Blocks)
        {
            layout.Draw(block);
        }

        writer.Finish();
        pdf.Close();
    }

    private static IEnumerable<string> HeadingFontTexts(EnforcementDocument document)
    {
        yield return document.IssuingBody;
        yield return document.Title;
        foreach (var heading in document.Blocks.OfType<HeadingBlock>())
        {
            yield return heading.Text;
        }
    }

    private static IEnumerable<string> BodyFontTexts(EnforcementDocument document)
    {
        yield return document.DocumentNumber;
        foreach (var block in document.Blocks)
        {
            foreach (var text in BodyTexts(block))
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<string> BodyTexts(DocumentBlock block) => block switch
    {
        HeadingBlock => [],
        ParagraphBlock paragraph => [paragraph.Text],
        FieldTableBlock table => table.Rows.SelectMany(row => new[] { FieldLabels.WithColon(row.Label), row.Value }),
        SignatureBlock signature => [.. signature.SignerLines, signature.SealNote, signature.Date],
        FooterNoteBlock footer => [footer.Text],
        _ => throw DocumentRenderer.UnknownBlock(block),
    };
}
