using Zhifa.Domain.Text;

namespace Zhifa.Domain.Tests.Text;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 138 0000 0000", "'+86 138 0000 0000")]
    [InlineData("-测试公司", "'-测试公司")]
    [InlineData("@SUM(1+1)", "'@SUM(1+1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("测试公司", "测试公司")]
    [InlineData("", "")]
    public void Neutralise_FormulaStart_GetsApostrophe(string text, string expected)
    {
        Assert.Equal(expected, SpreadsheetText.Neutralise(text));
        Assert.Equal(text, SpreadsheetText.Restore(SpreadsheetText.Neutralise(text)));
    }

    [Fact]
    public void Restore_ApostropheBeforeOrdinaryText_IsKept()
    {
        Assert.Equal("'测试", SpreadsheetText.Restore("'测试"));
    }

    [Theory]
    [InlineData("10%", "%10\\%%")]
    [InlineData("_", "%\\_%")]
    [InlineData("\\", "%\\\\%")]
    [InlineData("[", "%[%")]
    public void SearchPattern_Wildcards_AreEscaped(string term, string pattern)
    {
        Assert.Equal(pattern, SearchPattern.Contains(term));
    }
}
