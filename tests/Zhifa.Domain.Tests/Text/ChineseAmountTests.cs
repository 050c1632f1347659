using Zhifa.Domain.Text;

namespace Zhifa.Domain.Tests.Text;

public sealed class ChineseAmountTests
{
    [Theory]
    [InlineData(0, "零元整")]
    [InlineData(50_000, "伍万元整")]
    [InlineData(53_000, "伍万叁仟元整")]
    [InlineData(1_000.5, "壹仟元伍角")]
    [InlineData(1_000.05, "壹仟元零伍分")]
    [InlineData(0.35, "叁角伍分")]
    [InlineData(100_010, "壹拾万零壹拾元整")]
    [InlineData(1_005_000, "壹佰万伍仟元整")]
    [InlineData(100_000_000, "壹亿元整")]
    [InlineData(200, "贰佰元整")]
    [InlineData(3_000, "叁仟元整")]
    [InlineData(10_203, "壹万零贰佰零叁元整")]
    public void Amount_in_capitals(double amount, string expected) =>
        Assert.Equal(expected, ChineseAmount.ToCapital((decimal)amount));
}
