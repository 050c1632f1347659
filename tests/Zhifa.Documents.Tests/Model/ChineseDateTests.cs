using Zhifa.Documents.Model;

namespace Zhifa.Documents.Tests.Model;

public sealed class ChineseDateTests
{
    [Theory]
    [InlineData(2026, 6, 1, "二〇二六年六月一日")]
    [InlineData(2025, 10, 10, "二〇二五年十月十日")]
    [InlineData(2025, 11, 19, "二〇二五年十一月十九日")]
    [InlineData(2030, 12, 20, "二〇三〇年十二月二十日")]
    [InlineData(2026, 1, 31, "二〇二六年一月三十一日")]
    [InlineData(2000, 2, 29, "二〇〇〇年二月二十九日")]
    public void Format_ChineseNumerals_WritesOfficialForm(int year, int month, int day, string expected)
    {
        var text = ChineseDate.Format(new DateOnly(year, month, day), ChineseDateStyle.ChineseNumerals);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(2026, 6, 1, "2026年6月1日")]
    [InlineData(2025, 12, 31, "2025年12月31日")]
    public void Format_Arabic_WritesNoLeadingZeros(int year, int month, int day, string expected)
    {
        var text = ChineseDate.Format(new DateOnly(year, month, day), ChineseDateStyle.Arabic);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Format_UndefinedStyle_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => ChineseDate.Format(new DateOnly(2026, 6, 1), (ChineseDateStyle)99));
    }
}
