using Zhifa.Documents.Pdf;

namespace Zhifa.Documents.Tests.Pdf;

// Every character measures 1 unit, so a width of N fits N characters.
public sealed class LineBreakerTests
{
    private static float Measure(string text) => text.Length;

    [Fact]
    public void Break_ChineseText_BreaksBetweenAnyCharacters()
    {
        var lines = LineBreaker.Break("当事人应当自收到本决定书之日起", 5, 5, Measure);

        Assert.Equal(["当事人应当", "自收到本决", "定书之日起"], lines);
    }

    [Fact]
    public void Break_LatinWord_MovesWholeToNextLine()
    {
        var lines = LineBreaker.Break("项目编号ABC123号", 6, 6, Measure);

        Assert.Equal(["项目编号", "ABC123", "号"], lines);
    }

    [Fact]
    public void Break_WordLongerThanLine_SplitsByCharacter()
    {
        var lines = LineBreaker.Break("91310000MA1TEST00X", 8, 8, Measure);

        Assert.Equal(["91310000", "MA1TEST0", "0X"], lines);
    }

    [Fact]
    public void Break_ClosingPunctuation_NeverStartsLine()
    {
        var lines = LineBreaker.Break("甲乙丙丁，戊己", 4, 4, Measure);

        Assert.Equal(["甲乙丙", "丁，戊己"], lines);
    }

    [Fact]
    public void Break_OpeningBracket_NeverEndsLine()
    {
        var lines = LineBreaker.Break("甲乙丙《丁戊》", 4, 4, Measure);

        Assert.Equal(["甲乙丙", "《丁戊》"], lines);
    }

    [Fact]
    public void Break_DoubleDashAndEllipsis_StayWhole()
    {
        var lines = LineBreaker.Break("甲乙丙——丁……", 4, 4, Measure);

        Assert.Equal(["甲乙", "丙——", "丁……"], lines);
    }

    [Fact]
    public void Break_MiddleDotName_StaysJoinedToBothSides()
    {
        var lines = LineBreaker.Break("甲乙丙丁·戊", 4, 4, Measure);

        Assert.Equal(["甲乙丙", "丁·戊"], lines);
    }

    [Fact]
    public void Break_FirstLineWidth_AppliesToFirstLineOnly()
    {
        var lines = LineBreaker.Break("一二三四五六七八", 2, 3, Measure);

        Assert.Equal(["一二", "三四五", "六七八"], lines);
    }

    [Fact]
    public void Break_LineFeed_ForcesBreak()
    {
        var lines = LineBreaker.Break("甲乙\n丙", 10, 10, Measure);

        Assert.Equal(["甲乙", "丙"], lines);
    }

    [Fact]
    public void Break_Spaces_AreBreakPointsAndTrimmed()
    {
        var lines = LineBreaker.Break("Article 48 of law", 10, 10, Measure);

        Assert.Equal(["Article 48", "of law"], lines);
    }

    [Theory]
    [InlineData("测试（上海）样例有限公司：；“”、《》——……¥1,000.00阿依古丽·测试ABC123", 3)]
    [InlineData("测试（上海）样例有限公司：；“”、《》——……¥1,000.00阿依古丽·测试ABC123", 7)]
    [InlineData("测试（上海）样例有限公司：；“”、《》——……¥1,000.00阿依古丽·测试ABC123", 12)]
    public void Break_AnyWidth_KeepsEveryCharacterWithinWidth(string text, int width)
    {
        var lines = LineBreaker.Break(text, width, width, Measure);

        Assert.Equal(text, string.Concat(lines));
        Assert.All(lines, line => Assert.InRange(line.Length, 1, width));
    }
}
