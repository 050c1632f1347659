using Zhifa.Documents.Docx;
using Zhifa.Documents.Fonts;
using Zhifa.Documents.Model;
using Zhifa.Documents.Pdf;

namespace Zhifa.Documents;

/// <summary>
/// Renders an <see cref="EnforcementDocument"/> as DOCX or PDF onto a stream the caller owns. Both
/// methods write the whole file before returning and leave the stream open.
/// </summary>
public static class DocumentRenderer
{
    /// <summary>Name written as the producing application in PDF and DOCX metadata.</summary>
    public const string GeneratorName = "Zhifa";

    /// <summary>
    /// Writes <paramref name="document"/> as a Word document (DOCX) to <paramref name="output"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">The document, one of its texts or the stream is null.</exception>
    /// <exception cref="ArgumentException">The stream is not writable, or the document has no title or an
    /// unknown block type.</exception>
    public static void ToDocx(EnforcementDocument document, Stream output)
    {
        Validate(document, output);
        DocxRenderer.Render(document, output);
    }

    /// <summary>
    /// Writes <paramref name="document"/> as a PDF to <paramref name="output"/>, embedding subsets of the
    /// Chinese fonts found on the machine.
    /// </summary>
    /// <exception cref="ArgumentNullException">The document, one of its texts or the stream is null.</exception>
    /// <exception cref="ArgumentException">The stream is not writable, the document has no title or an
    /// unknown block type, or a character is missing from the font.</exception>
    /// <exception cref="CjkFontNotFoundException">No Chinese font is installed.</exception>
    public static void ToPdf(EnforcementDocument document, Stream output)
    {
        Validate(document, output);
        PdfRenderer.Render(document, output);
    }

    internal static ArgumentException UnknownBlock(DocumentBlock block) =>
        new($"The block type {block.GetType().Name} is not supported; use the block records in Zhifa.Documents.Model.",
            nameof(block));

    private static void Validate(EnforcementDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream is not writable.", nameof(output));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(document.Title, nameof(document));
        ArgumentNullException.ThrowIfNull(document.IssuingBody, nameof(document));
        ArgumentNullException.ThrowIfNull(document.DocumentNumber, nameof(document));
        ArgumentNullException.ThrowIfNull(document.Blocks, nameof(document));
        foreach (var block in document.Blocks)
        {
            ValidateBlock(block);
        }
    }

    private static void ValidateBlock(DocumentBlock? block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                ArgumentNullException.ThrowIfNull(heading.Text, nameof(block));
                break;
            case ParagraphBlock paragraph:
                ArgumentNullException.ThrowIfNull(paragraph.Text, nameof(block));
                break;
            case FieldTableBlock table:
                ArgumentNullException.ThrowIfNull(table.Rows, nameof(block));
                foreach (var row in table.Rows)
                {
                    ArgumentNullException.ThrowIfNull(row?.Label, nameof(block));
                    ArgumentNullException.ThrowIfNull(row.Value, nameof(block));
                }

                break;
            case SignatureBlock signature:
                ArgumentNullException.ThrowIfNull(signature.SignerLines, nameof(block));
                ArgumentNullException.ThrowIfNull(signature.Date, nameof(block));
                ArgumentNullException.ThrowIfNull(signature.SealNote, nameof(block));
                foreach (var line in signature.SignerLines)
                {
                    ArgumentNullException.ThrowIfNull(line, nameof(block));
                }

                break;
            case FooterNoteBlock footer:
                ArgumentNullException.ThrowIfNull(footer.Text, nameof(block));
                break;
            case null:
                throw new ArgumentNullException(nameof(block), "The document contains a null block.");
            default:
                throw UnknownBlock(block);
        }
    }
}
