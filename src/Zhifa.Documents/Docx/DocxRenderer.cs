using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Zhifa.Documents.Fonts;
using Zhifa.Documents.Model;

namespace Zhifa.Documents.Docx;

/// <summary>
/// Writes an <see cref="EnforcementDocument"/> as a DOCX package with the Open XML SDK. The package has
/// no comments, custom XML or tracked changes, because nothing here creates them.
/// </summary>
internal static class DocxRenderer
{
    // The label column of a field table, in twips (about 42 mm); the value column takes the rest of the
    // 156 mm text width.
    private const int LabelColumnTwips = 2400;
    private const int TextWidthTwips = 8844;

    public static void Render(EnforcementDocument document, Stream output)
    {
        // System.IO.Packaging needs a seekable stream, so the package is built in memory and then copied,
        // which also lets a caller pass a network or response stream.
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            DocxPackageParts.AddSettings(main);
            DocxPackageParts.AddFontTable(main);
            var footerId = DocxPackageParts.AddPageNumberFooter(main);
            DocxPackageParts.AddProperties(package, document.Title);

            var body = new Body();
            AppendHeader(body, document);
            foreach (var block in document.Blocks)
            {
                body.Append(BlockElements(block));
            }

            body.Append(DocxPackageParts.Section(footerId));
            main.Document = new Document(body);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    // The issuing body and title are centred in the heading font. The number under them has a red bottom
    // border that separates the header from the body.
    private static void AppendHeader(Body body, EnforcementDocument document)
    {
        if (!string.IsNullOrWhiteSpace(document.IssuingBody))
        {
            body.Append(DocxText.Paragraph(DocxStyles.Title, document.IssuingBody, DocxFontNames.Heading));
        }

        body.Append(DocxText.Paragraph(DocxStyles.Title, document.Title, DocxFontNames.Heading));

        var number = DocxText.Paragraph(DocxStyles.DocumentNumber, document.DocumentNumber, DocxFontNames.Body);
        number.ParagraphProperties!.Append(
            new ParagraphBorders(
                new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 4, Color = "D01010" }));
        body.Append(number);
    }

    private static IEnumerable<OpenXmlElement> BlockElements(DocumentBlock block) => block switch
    {
        HeadingBlock heading => [HeadingParagraph(heading.Text)],
        ParagraphBlock paragraph => [DocxText.Paragraph(DocxStyles.Body, paragraph.Text, DocxFontNames.Body)],
        FieldTableBlock table => [FieldTable(table)],
        SignatureBlock signature => SignatureParagraphs(signature),
        FooterNoteBlock footer => [DocxText.Paragraph(DocxStyles.FooterNote, footer.Text, DocxFontNames.Body)],
        _ => throw DocumentRenderer.UnknownBlock(block),
    };

    private static Paragraph HeadingParagraph(string text)
    {
        var paragraph = DocxText.Paragraph(DocxStyles.Heading, text, DocxFontNames.Heading);
        paragraph.ParagraphProperties!.InsertAfter(new KeepNext(), paragraph.ParagraphProperties.ParagraphStyleId);
        return paragraph;
    }

    private static Table FieldTable(FieldTableBlock block)
    {
        var border = new Func<BorderType>[]
        {
            () => new TopBorder(), () => new LeftBorder(), () => new BottomBorder(), () => new RightBorder(),
            () => new InsideHorizontalBorder(), () => new InsideVerticalBorder(),
        };
        var borders = new TableBorders();
        foreach (var create in border)
        {
            var element = create();
            element.Val = BorderValues.Single;
            element.Size = 4;
            element.Color = "000000";
            borders.Append(element);
        }

        var table = new Table(
            new TableProperties(
                new TableWidth { Width = DocxPackageParts.Twips(TextWidthTwips), Type = TableWidthUnitValues.Dxa },
                borders),
            new TableGrid(
                new GridColumn { Width = DocxPackageParts.Twips(LabelColumnTwips) },
                new GridColumn { Width = DocxPackageParts.Twips(TextWidthTwips - LabelColumnTwips) }));
        foreach (var row in block.Rows)
        {
            table.Append(new TableRow(
                Cell(FieldLabels.WithColon(row.Label), LabelColumnTwips),
                Cell(row.Value, TextWidthTwips - LabelColumnTwips)));
        }

        return table;
    }

    private static TableCell Cell(string text, int widthTwips) => new(
        new TableCellProperties(
            new TableCellWidth { Width = DocxPackageParts.Twips(widthTwips), Type = TableWidthUnitValues.Dxa }),
        DocxText.Paragraph(DocxStyles.Normal, text, DocxFontNames.Body));

    // One empty line before the signature, then the signer lines, the seal note and the date, all kept on
    // one page with the following paragraph (w:keepNext).
    private static IEnumerable<Paragraph> SignatureParagraphs(SignatureBlock signature)
    {
        var lines = new List<string> { "" };
        lines.AddRange(signature.SignerLines);
        if (!string.IsNullOrWhiteSpace(signature.SealNote))
        {
            lines.Add(signature.SealNote);
        }

        lines.Add(signature.Date);
        for (var i = 0; i < lines.Count; i++)
        {
            var paragraph = DocxText.Paragraph(DocxStyles.Signature, lines[i], DocxFontNames.Body);
            if (i < lines.Count - 1)
            {
                paragraph.ParagraphProperties!.InsertAfter(
                    new KeepNext(),
                    paragraph.ParagraphProperties.ParagraphStyleId);
            }

            yield return paragraph;
        }
    }
}
