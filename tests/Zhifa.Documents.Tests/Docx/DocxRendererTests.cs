using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Zhifa.Documents.Tests.Support;

namespace Zhifa.Documents.Tests.Docx;

public sealed class DocxRendererTests
{
    private static readonly string[] ChineseFonts = ["仿宋_GB2312", "黑体"];

    [Fact]
    public void ToDocx_SampleDecision_BodyTextContainsInputs()
    {
        using var package = RenderSample();
        var body = package.MainDocumentPart!.Document!.Body!;
        var text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));

        foreach (var expected in SamplePenaltyDecision.ExpectedStrings)
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.Contains(SamplePenaltyDecision.LongParagraph, text, StringComparison.Ordinal);
        Assert.Contains(SamplePenaltyDecision.PenaltyParagraph, text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDocx_EveryRun_NamesChineseEastAsiaFontAndLanguage()
    {
        using var package = RenderSample();
        var runs = package.MainDocumentPart!.Document!.Descendants<Run>()
            .Concat(package.MainDocumentPart.FooterParts.SelectMany(f => f.Footer!.Descendants<Run>()))
            .ToList();

        Assert.NotEmpty(runs);
        foreach (var run in runs)
        {
            var fonts = run.RunProperties?.RunFonts;
            Assert.NotNull(fonts);
            Assert.Contains(fonts.EastAsia?.Value, ChineseFonts);
            Assert.False(string.IsNullOrEmpty(fonts.Ascii?.Value), $"Run '{run.InnerText}' has no w:ascii font.");
            Assert.False(string.IsNullOrEmpty(fonts.HighAnsi?.Value), $"Run '{run.InnerText}' has no w:hAnsi font.");
            Assert.Equal("zh-CN", run.RunProperties!.Languages?.EastAsia?.Value);
        }
    }

    [Fact]
    public void ToDocx_EveryStyle_NamesChineseEastAsiaFontAndLanguage()
    {
        using var package = RenderSample();
        var styles = package.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;

        Assert.Contains(defaults.RunFonts?.EastAsia?.Value, ChineseFonts);
        Assert.Equal("zh-CN", defaults.Languages?.EastAsia?.Value);
        foreach (var style in styles.Elements<Style>())
        {
            var properties = style.StyleRunProperties;
            Assert.NotNull(properties);
            Assert.Contains(properties.RunFonts?.EastAsia?.Value, ChineseFonts);
            Assert.Equal("zh-CN", properties.Languages?.EastAsia?.Value);
        }

        var heading = styles.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.Equal("黑体", heading.StyleRunProperties!.RunFonts!.EastAsia!.Value);
    }

    [Fact]
    public void ToDocx_FontTable_DeclaresWindowsFallbacks()
    {
        using var package = RenderSample();
        var fonts = package.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().ToList();

        Assert.Equal("FangSong", fonts.Single(f => f.Name == "仿宋_GB2312").AltName!.Val!.Value);
        Assert.Equal("SimHei", fonts.Single(f => f.Name == "黑体").AltName!.Val!.Value);
    }

    [Fact]
    public void ToDocx_Package_HasNoThemeCommentsOrCustomXml()
    {
        using var package = RenderSample();
        var main = package.MainDocumentPart!;
        var partTypes = package.GetAllParts().Select(p => p.GetType().Name).ToList();

        Assert.Null(main.ThemePart);
        Assert.Null(main.WordprocessingCommentsPart);
        Assert.Empty(main.CustomXmlParts);
        Assert.DoesNotContain(nameof(CustomXmlPart), partTypes);
        Assert.DoesNotContain(nameof(WordprocessingCommentsPart), partTypes);
        Assert.Empty(main.Document!.Descendants<InsertedRun>());
        Assert.Empty(main.Document.Descendants<DeletedRun>());
        Assert.Empty(main.Document.Descendants<CommentRangeStart>());
        Assert.Equal("zh-CN", main.DocumentSettingsPart!.Settings!.GetFirstChild<ThemeFontLanguages>()!.EastAsia!.Value);
    }

    [Fact]
    public void ToDocx_DocumentProperties_HoldOnlyTitleAndGenerator()
    {
        using var package = RenderSample();
        var core = package.PackageProperties;
        var app = package.ExtendedFilePropertiesPart!.Properties!;

        Assert.Equal(SamplePenaltyDecision.Title, core.Title);
        Assert.Null(core.Creator);
        Assert.Null(core.LastModifiedBy);
        Assert.Null(core.Subject);
        Assert.Null(core.Keywords);
        Assert.Null(core.Description);
        Assert.Equal(DocumentRenderer.GeneratorName, app.Application!.Text);
        Assert.Null(app.Company);
        Assert.Null(app.Manager);
        Assert.DoesNotContain(SamplePenaltyDecision.StaffName, app.OuterXml, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDocx_Section_UsesA4AndOfficialMargins()
    {
        using var package = RenderSample();
        var section = package.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;

        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        Assert.Equal(2098, margin.Top!.Value);
        Assert.Equal(1984, margin.Bottom!.Value);
        Assert.Equal(1587u, margin.Left!.Value);
        Assert.Equal(1474u, margin.Right!.Value);
        Assert.NotNull(section.GetFirstChild<FooterReference>());
    }

    [Fact]
    public void ToDocx_Package_PassesOpenXmlValidation()
    {
        using var package = RenderSample();
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);

        var errors = validator.Validate(package)
            .Select(e => $"{e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void ToDocx_NonSeekableStream_WritesWholePackage()
    {
        using var target = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(target);

        DocumentRenderer.ToDocx(SamplePenaltyDecision.Create(), forwardOnly);

        target.Position = 0;
        using var package = WordprocessingDocument.Open(target, isEditable: false);
        Assert.Contains(SamplePenaltyDecision.Party, package.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
    }

    private static WordprocessingDocument RenderSample()
    {
        var output = new MemoryStream();
        DocumentRenderer.ToDocx(SamplePenaltyDecision.Create(), output);
        output.Position = 0;
        return WordprocessingDocument.Open(output, isEditable: false);
    }
}
