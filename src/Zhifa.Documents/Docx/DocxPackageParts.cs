using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Zhifa.Documents.Fonts;
using Ap = DocumentFormat.OpenXml.ExtendedProperties;

namespace Zhifa.Documents.Docx;

/// <summary>
/// The package parts around the document body: settings, font table, footer with the page number,
/// section (page size and margins) and the document properties.
/// </summary>
internal static class DocxPackageParts
{
    // A4 in twips, and the page number's distance from the bottom edge of the page (about 17.5 mm).
    private const int A4WidthTwips = 11906;
    private const int A4HeightTwips = 16838;
    private const int FooterDistanceTwips = 992;

    /// <summary>
    /// Writes only the title to docProps/core.xml and only the application name to docProps/app.xml, so
    /// no author, last-modified-by or editing time leaves the office.
    /// </summary>
    public static void AddProperties(WordprocessingDocument package, string title)
    {
        package.PackageProperties.Title = title;
        var extended = package.AddExtendedFilePropertiesPart();
        extended.Properties = new Ap.Properties(new Ap.Application(DocumentRenderer.GeneratorName));
    }

    // No theme part is written: without one, Word takes fonts only from the styles and runs, which all
    // name Chinese East-Asian fonts, so no default theme can send Chinese text to a Japanese font.
    public static void AddSettings(MainDocumentPart main)
    {
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(
            new ThemeFontLanguages
            {
                Val = DocxText.ChineseLanguage,
                EastAsia = DocxText.ChineseLanguage,
            });
    }

    /// <summary>
    /// Declares the Chinese fonts with the GB2312 character set and a fallback name (w:altName), which Word
    /// uses when 仿宋_GB2312 or 黑体 is not installed.
    /// </summary>
    public static void AddFontTable(MainDocumentPart main)
    {
        var fontTable = main.AddNewPart<FontTablePart>();
        fontTable.Fonts = new DocumentFormat.OpenXml.Wordprocessing.Fonts(
            ChineseFont(DocxFontNames.Body, DocxFontNames.BodyFallback),
            ChineseFont(DocxFontNames.Heading, DocxFontNames.HeadingFallback),
            new Font(
                new FontFamily { Val = FontFamilyValues.Roman },
                new Pitch { Val = FontPitchValues.Variable })
            {
                Name = DocxFontNames.Latin,
            });
    }

    /// <summary>
    /// Adds a footer that prints the page number as — 1 —, centred, and returns its relationship id.
    /// </summary>
    public static string AddPageNumberFooter(MainDocumentPart main)
    {
        var footerPart = main.AddNewPart<FooterPart>();
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Footer }));
        paragraph.Append(DocxText.Runs("— ", DocxFontNames.Body));
        paragraph.Append(new SimpleField(DocxText.Runs("1", DocxFontNames.Body)) { Instruction = " PAGE " });
        paragraph.Append(DocxText.Runs(" —", DocxFontNames.Body));
        footerPart.Footer = new Footer(paragraph);
        return main.GetIdOfPart(footerPart);
    }

    // Margins are those of Chinese official documents (GB/T 9704-2012): top 37 mm, bottom 35 mm,
    // left 28 mm, right 26 mm, on A4.
    public static SectionProperties Section(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = A4WidthTwips, Height = A4HeightTwips },
        new PageMargin
        {
            Top = OfficialPage.ToTwips(OfficialPage.TopMillimetres),
            Bottom = OfficialPage.ToTwips(OfficialPage.BottomMillimetres),
            Left = (uint)OfficialPage.ToTwips(OfficialPage.LeftMillimetres),
            Right = (uint)OfficialPage.ToTwips(OfficialPage.RightMillimetres),
            Header = 851,
            Footer = FooterDistanceTwips,
            Gutter = 0,
        });

    private static Font ChineseFont(string name, string fallback) => new(
        new AltName { Val = fallback },
        new FontCharSet { Val = "86" },
        new FontFamily { Val = FontFamilyValues.Modern },
        new Pitch { Val = FontPitchValues.Fixed })
    {
        Name = name,
    };

    public static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
