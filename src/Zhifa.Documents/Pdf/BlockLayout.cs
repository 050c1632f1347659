using SkiaSharp;
using Zhifa.Documents.Model;

namespace Zhifa.Documents.Pdf;

/// <summary>
/// Turns each kind of block into wrapped lines and hands them to the <see cref="PdfPageWriter"/>.
/// </summary>
internal sealed class BlockLayout(
    PdfPageWriter writer,
    TextStyle title,
    TextStyle body,
    TextStyle heading,
    TextStyle note)
{
    private static readonly SKColor Ink = SKColors.Black;
    private static readonly SKColor HeaderRuleRed = new(0xD0, 0x10, 0x10);

    // The signature's date keeps four characters of space to its right.
    private const int SignatureRightIndentCharacters = 4;

    /// <summary>
    /// Draws the issuing body and the title centred, the document number centred under them, and a red
    /// rule that separates this header from the body.
    /// </summary>
    public void DrawHeader(EnforcementDocument document)
    {
        foreach (var text in new[] { document.IssuingBody, document.Title })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            foreach (var line in LineBreaker.Break(text, writer.Width, writer.Width, title.Measure))
            {
                DrawCentred(line, title, writer.Left + (writer.Width / 2));
            }
        }

        if (!string.IsNullOrWhiteSpace(document.DocumentNumber))
        {
            foreach (var line in LineBreaker.Break(document.DocumentNumber, writer.Width, writer.Width, body.Measure))
            {
                DrawCentred(line, body, writer.Left + (writer.Width / 2));
            }
        }

        writer.AddSpace(body.LinePitch / 4);
        writer.DrawRule(HeaderRuleRed, 1.5f);
        writer.AddSpace(body.LinePitch / 2);
    }

    public void Draw(DocumentBlock block)
    {
        switch (block)
        {
            case HeadingBlock headingBlock:
                DrawHeading(headingBlock);
                break;
            case ParagraphBlock paragraph:
                DrawParagraph(paragraph.Text, body, body.Size * 2);
                break;
            case FieldTableBlock table:
                DrawTable(table);
                break;
            case SignatureBlock signature:
                DrawSignature(signature);
                break;
            case FooterNoteBlock footer:
                writer.AddSpace(note.LinePitch / 2);
                DrawParagraph(footer.Text, note, 0);
                break;
            default:
                throw DocumentRenderer.UnknownBlock(block);
        }
    }

    // A heading keeps at least one following line with it on the page.
    private void DrawHeading(HeadingBlock block)
    {
        var lines = LineBreaker.Break(block.Text, writer.Width, writer.Width, heading.Measure);
        writer.EnsureSpace((lines.Count + 1) * heading.LinePitch);
        foreach (var line in lines)
        {
            writer.DrawLine(line, heading, writer.Left, Ink);
        }
    }

    private void DrawParagraph(string text, TextStyle style, float firstLineIndent)
    {
        var lines = LineBreaker.Break(text, writer.Width - firstLineIndent, writer.Width, style.Measure);
        for (var i = 0; i < lines.Count; i++)
        {
            var x = i == 0 ? writer.Left + firstLineIndent : writer.Left;
            writer.DrawLine(lines[i], style, x, Ink);
        }
    }

    // Labels take a column as wide as the widest label (at most 40% of the line), values wrap in the rest.
    // A row taller than the space left on the page continues on the next page.
    private void DrawTable(FieldTableBlock table)
    {
        var labels = table.Rows.Select(row => FieldLabels.WithColon(row.Label)).ToList();
        var labelWidth = Math.Min(labels.Select(body.Measure).DefaultIfEmpty(0).Max(), writer.Width * 0.4f);
        var valueLeft = writer.Left + labelWidth + (body.Size / 2);
        var valueWidth = writer.Right - valueLeft;

        for (var row = 0; row < table.Rows.Count; row++)
        {
            var labelLines = LineBreaker.Break(labels[row], labelWidth, labelWidth, body.Measure);
            var valueLines = LineBreaker.Break(table.Rows[row].Value, valueWidth, valueWidth, body.Measure);
            var lineCount = Math.Max(labelLines.Count, valueLines.Count);
            for (var i = 0; i < lineCount; i++)
            {
                if (i < labelLines.Count)
                {
                    writer.DrawBeside(labelLines[i], body, writer.Left, Ink);
                }

                if (i < valueLines.Count)
                {
                    writer.DrawBeside(valueLines[i], body, valueLeft, Ink);
                }

                writer.AdvanceLine(body.LinePitch);
            }
        }
    }

    // The date ends four characters from the right edge, and each signer line and the seal note are
    // centred over the date. The block is kept on one page, with one blank line above it.
    private void DrawSignature(SignatureBlock signature)
    {
        var lines = signature.SignerLines
            .SelectMany(line => LineBreaker.Break(line, writer.Width, writer.Width, body.Measure))
            .ToList();
        if (!string.IsNullOrWhiteSpace(signature.SealNote))
        {
            lines.Add(signature.SealNote);
        }

        writer.AddSpace(body.LinePitch);
        writer.EnsureSpace((lines.Count + 1) * body.LinePitch);

        var dateRight = writer.Right - (SignatureRightIndentCharacters * body.Size);
        var dateWidth = body.Measure(signature.Date);
        var centre = dateRight - (dateWidth / 2);
        foreach (var line in lines)
        {
            var width = body.Measure(line);
            var x = Math.Max(writer.Left, Math.Min(centre - (width / 2), writer.Right - width));
            writer.DrawLine(line, body, x, Ink);
        }

        writer.DrawLine(signature.Date, body, Math.Max(writer.Left, dateRight - dateWidth), Ink);
    }

    private void DrawCentred(string line, TextStyle style, float centre)
    {
        var x = Math.Max(writer.Left, centre - (style.Measure(line) / 2));
        writer.DrawLine(line, style, x, Ink);
    }
}
