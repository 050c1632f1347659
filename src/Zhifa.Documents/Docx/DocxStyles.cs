using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Zhifa.Documents.Fonts;

namespace Zhifa.Documents.Docx;

/// <summary>
/// The paragraph styles of a rendered DOCX. Every style and the document defaults set w:rFonts with an
/// East-Asian font and w:lang with zh-CN.
/// </summary>
internal static class DocxStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string DocumentNumber = "DocumentNumber";
    public const string Heading = "Heading1";
    public const string Body = "BodyText";
    public const string Signature = "Signature";
    public const string FooterNote = "FooterNote";
    public const string Footer = "Footer";

    // Sizes are in half-points (三号 16 pt = 32, 二号 22 pt = 44, 四号 14 pt = 28). Line spacing is exact,
    // in twips: 579 twips (28.95 pt) puts 22 body lines in the 225 mm text area.
    private const string BodySize = "32";
    private const string TitleSize = "44";
    private const string NoteSize = "28";
    private const int BodyLinePitch = 579;
    private const int TitleLinePitch = 720;
    private const int NoteLinePitch = 480;

    // The date and signature keep four characters (4 × 16 pt = 1280 twips) of space on their right.
    private const int SignatureRightIndent = 1280;

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(
                new RunPropertiesBaseStyle(
                    DocxText.BodyFonts(),
                    new FontSize { Val = BodySize },
                    new FontSizeComplexScript { Val = BodySize },
                    DocxText.Language())),
            new ParagraphPropertiesDefault(
                new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Line = "579", LineRule = LineSpacingRuleValues.Exact }))),
        ParagraphStyle(Normal, "Normal", DocxFontNames.Body, BodySize, BodyLinePitch, isDefault: true),
        ParagraphStyle(Title, "Title", DocxFontNames.Heading, TitleSize, TitleLinePitch, JustificationValues.Center),
        ParagraphStyle(
            DocumentNumber,
            "Document Number",
            DocxFontNames.Body,
            BodySize,
            BodyLinePitch,
            JustificationValues.Center),
        ParagraphStyle(Heading, "heading 1", DocxFontNames.Heading, BodySize, BodyLinePitch),
        BodyStyle(),
        SignatureStyle(),
        ParagraphStyle(FooterNote, "Footer Note", DocxFontNames.Body, NoteSize, NoteLinePitch),
        ParagraphStyle(Footer, "footer", DocxFontNames.Body, NoteSize, NoteLinePitch, JustificationValues.Center));

    // Body paragraphs indent their first line by two characters (2 × 16 pt = 640 twips).
    private static Style BodyStyle()
    {
        var style = ParagraphStyle(Body, "Body Text", DocxFontNames.Body, BodySize, BodyLinePitch);
        style.StyleParagraphProperties!.Append(new Indentation { FirstLine = "640", FirstLineChars = 200 });
        return style;
    }

    private static Style SignatureStyle()
    {
        var style = ParagraphStyle(
            Signature,
            "Signature",
            DocxFontNames.Body,
            BodySize,
            BodyLinePitch,
            JustificationValues.Right);
        var properties = style.StyleParagraphProperties!;
        properties.InsertBefore(
            new Indentation { Right = SignatureRightIndent.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            properties.GetFirstChild<Justification>());
        return style;
    }

    private static Style ParagraphStyle(
        string id,
        string name,
        string eastAsiaFont,
        string size,
        int linePitch,
        JustificationValues? justification = null,
        bool isDefault = false)
    {
        var paragraphProperties = new StyleParagraphProperties(
            new SpacingBetweenLines
            {
                Before = "0",
                After = "0",
                Line = linePitch.ToString(System.Globalization.CultureInfo.InvariantCulture),
                LineRule = LineSpacingRuleValues.Exact,
            });
        if (justification is not null)
        {
            paragraphProperties.Append(new Justification { Val = justification.Value });
        }

        var style = new Style(
            new StyleName { Val = name },
            new PrimaryStyle(),
            paragraphProperties,
            new StyleRunProperties(
                DocxText.Fonts(eastAsiaFont),
                new FontSize { Val = size },
                new FontSizeComplexScript { Val = size },
                DocxText.Language()))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }
        else
        {
            style.InsertAfter(new BasedOn { Val = Normal }, style.StyleName);
        }

        return style;
    }
}
