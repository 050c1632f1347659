using Zhifa.Documents.Fonts;

namespace Zhifa.Documents.Tests.Fonts;

public sealed class CjkFontLocatorTests
{
    private const string NotoSerif = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
    private const string WenQuanYi = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    [Fact]
    public void Locate_NoFontFile_ThrowsNamingThePackage()
    {
        FontCandidate[] missing = [new("/nonexistent/zhifa-test-font.ttc", "WenQuanYi Zen Hei")];

        var error = Assert.Throws<CjkFontNotFoundException>(() => CjkFontLocator.Locate(missing, []));

        Assert.Contains("/nonexistent/zhifa-test-font.ttc", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install fonts-wqy-zenhei", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_CffOutlineFont_IsRejected()
    {
        Assert.True(File.Exists(NotoSerif), $"{NotoSerif} is missing: install it with 'apt-get install fonts-noto-cjk'.");
        FontCandidate[] cffOnly = [new(NotoSerif, "Noto Serif CJK SC")];

        Assert.Throws<CjkFontNotFoundException>(() => CjkFontLocator.Locate(cffOnly, []));
    }

    [Fact]
    public void Locate_Collection_PicksFaceByFamily()
    {
        FontCandidate[] candidates = [new(WenQuanYi, "WenQuanYi Zen Hei Mono")];

        var (body, heading) = CjkFontLocator.Locate(candidates, []);
        using var typeface = CjkFontLocator.Open(body);

        Assert.Equal("WenQuanYi Zen Hei Mono", typeface.FamilyName);
        Assert.NotEqual(0, body.FaceIndex);
        Assert.Equal(body, heading);
    }
}
