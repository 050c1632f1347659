using Zhifa.Domain.Text;

namespace Zhifa.Domain.Tests.Text;

/// <summary>Names with a middle dot, look-alike dots, and characters beyond U+FFFF.</summary>
public sealed class PersonNameTests
{
    [Theory]
    [InlineData("阿依古丽·测试", "阿依古丽·测试", false)]
    [InlineData("买买提·样例·测试", "买买提·样例·测试", false)]
    [InlineData("测试•样例", "测试·样例", true)]
    [InlineData("测试・样例", "测试·样例", true)]
    [InlineData("测试.样例", "测试·样例", true)]
    [InlineData("测试．样例", "测试·样例", true)]
    public void Parse_DotVariants_NormaliseToMiddleDot(string input, string expected, bool normalised)
    {
        var result = PersonName.Parse(input);

        Assert.True(result.IsSuccess);
        Assert.Equal(expected, result.Value.Value);
        Assert.Equal(normalised, result.Value.WasNormalised);
    }

    [Theory]
    [InlineData("·测试", "name.misplaced_dot")]
    [InlineData("测试·", "name.misplaced_dot")]
    [InlineData("测试··样例", "name.misplaced_dot")]
    [InlineData("测试•・样例", "name.misplaced_dot")]
    [InlineData("", "name.missing")]
    [InlineData("   ", "name.missing")]
    public void Parse_BadName_IsRefusedWithReason(string input, string code)
    {
        var result = PersonName.Parse(input);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Errors[0].Code);
    }

    [Fact]
    public void Parse_TwentyCodePointsOfWhichFiveExtensionB_IsAccepted()
    {
        var name = "𠀀𠀁𠀂𠀃𠀄" + new string('测', 15);

        Assert.Equal(25, name.Length);
        Assert.True(PersonName.Parse(name).IsSuccess);
        Assert.False(PersonName.Parse(name + "测").IsSuccess);
    }

    [Fact]
    public void Parse_LoneSurrogate_IsRefused()
    {
        Assert.Equal("name.broken_text", PersonName.Parse("测\uD840样").Errors[0].Code);
    }

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("王测试", "王*试")]
    [InlineData("𠀀测样", "𠀀*样")]
    [InlineData("测𠮷样", "测*样")]
    [InlineData("欧阳测试", "欧**试")]
    [InlineData("阿依古丽·测试", "阿***·**")]
    [InlineData("买买提·样例·测试", "买**·**·**")]
    [InlineData("张", "张")]
    public void Mask_Name_KeepsFirstCharacterAndDots(string name, string masked)
    {
        var result = PersonName.Mask(name);

        Assert.Equal(masked, result);
        Assert.True(TextLength.IsWellFormed(result));
        Assert.DoesNotContain('\uFFFD', result);
    }
}
