using SkiaSharp;
using Zhifa.Documents.Fonts;

namespace Zhifa.Documents.Tests.Fonts;

public sealed class TrueTypeSubsetterTests
{
    [Fact]
    public void Subset_KeepsRequestedOutlinesOnly()
    {
        var (located, _) = CjkFontLocator.Locate();
        ushort kept;
        ushort dropped;
        int glyphCount;
        using (var installed = CjkFontLocator.Open(located))
        using (var installedFont = new SKFont(installed))
        {
            kept = installedFont.GetGlyph('中');
            dropped = installedFont.GetGlyph('国');
            glyphCount = installed.GlyphCount;
        }

        var reduced = TrueTypeSubsetter.Subset(File.ReadAllBytes(located.Path), located.FaceIndex, [kept]);
        using var data = SKData.CreateCopy(reduced);
        using var typeface = SKTypeface.FromData(data);
        Assert.NotNull(typeface);
        using var font = new SKFont(typeface);
        using var keptOutline = font.GetGlyphPath(kept);
        using var droppedOutline = font.GetGlyphPath(dropped);

        Assert.Equal(glyphCount, typeface.GlyphCount);
        Assert.Equal(kept, font.GetGlyph('中'));
        Assert.Equal(dropped, font.GetGlyph('国'));
        Assert.False(keptOutline is null || keptOutline.IsEmpty, "中 lost its outline.");
        Assert.True(droppedOutline is null || droppedOutline.IsEmpty, "国 kept its outline.");
        Assert.True(reduced.Length < new FileInfo(located.Path).Length / 4, $"The reduced font is {reduced.Length} bytes.");
    }

    [Fact]
    public void Subset_FaceIndexPastCollection_Throws()
    {
        var (located, _) = CjkFontLocator.Locate();

        Assert.Throws<InvalidDataException>(
            () => TrueTypeSubsetter.Subset(File.ReadAllBytes(located.Path), 99, [1]));
    }
}
