using Zhifa.Domain.Publicity;

namespace Zhifa.Domain.Tests.Publicity;

/// <summary>Masking of ID numbers, telephone numbers, bank accounts, addresses and names in free text.</summary>
public sealed class TextMaskerTests
{
    [Theory]
    [InlineData("身份证号11010519491231002X，", "身份证号****，")]
    [InlineData("证件11010519491231002x。", "证件****。")]
    [InlineData("号码 110105 19491231 002X 登记", "号码 **** 登记")]
    [InlineData("旧证130503670401001（15位）", "旧证****（15位）")]
    [InlineData("公民身份号码：140402198001011234", "公民身份号码：****")]
    public void Mask_IdNumbers_AreGoneWithTheirCheckCharacter(string input, string expected)
    {
        Assert.Equal(expected, TextMasker.Mask(input));
    }

    [Theory]
    [InlineData("手机13800000000联系", "手机****联系")]
    [InlineData("电话：138-0000-0000", "电话：****")]
    [InlineData("联系+86 13912345678即可", "联系****即可")]
    [InlineData("座机0355-2123456转808", "座机****")]
    [InlineData("固话（0355）2123456", "固话****")]
    [InlineData("值班电话 2123456", "值班电话 ****")]
    public void Mask_TelephoneNumbers(string input, string expected)
    {
        Assert.Equal(expected, TextMasker.Mask(input));
    }

    [Theory]
    [InlineData("开户账号6222 0200 1234 5678 901", "开户账号****")]
    [InlineData("转入622202001234567890", "转入****")]
    public void Mask_BankAccounts(string input, string expected)
    {
        Assert.Equal(expected, TextMasker.Mask(input));
    }

    [Theory]
    [InlineData("住所测试市测试区样例路1号。", "住所测试市测试区****。")]
    [InlineData("位于样例省测试市测试县样例镇样例村，", "位于样例省测试市测试县****，")]
    [InlineData("地址：测试市测试区样例路12号3栋201室", "地址：测试市测试区****")]
    [InlineData("在样例街8号施工", "在****施工")]
    public void Mask_AddressesBelowCounty_KeepTheCountyLevel(string input, string expected)
    {
        Assert.Equal(expected, TextMasker.Mask(input));
    }

    [Theory]
    [InlineData("测试市人民防空办公室依法检查", "测试市人民防空办公室依法检查")]
    [InlineData("常人防罚〔2026〕3号，罚款5000元，2026年10月9日", "常人防罚〔2026〕3号，罚款5000元，2026年10月9日")]
    public void Mask_LeavesBodiesDatesAmountsAndDocumentNumbers(string input, string expected)
    {
        Assert.Equal(expected, TextMasker.Mask(input));
    }

    [Theory]
    [InlineData("张三", "张某")]
    [InlineData("王测试", "王某某")]
    [InlineData("阿依古丽·测试", "阿某某某·某某")]
    [InlineData("买买提•样例", "买某某·某某")]
    [InlineData("测𠮷样", "测某某")]
    public void MaskName_KeepsSurnameAndDots(string name, string expected)
    {
        Assert.Equal(expected, TextMasker.MaskName(name));
    }

    [Fact]
    public void Mask_NamesInAnySpacingAndWithLookAlikeDots()
    {
        var text = "当事人王 测试与证人阿依古丽・测试在场，阿依古丽·测试签字。";

        var masked = TextMasker.Mask(text, ["王测试", "阿依古丽·测试"]);

        Assert.Equal("当事人王某某与证人阿某某某·某某在场，阿某某某·某某签字。", masked);
    }

    [Fact]
    public void Mask_KnownLiteral_IsRemovedInAnySpacing()
    {
        var masked = TextMasker.Mask("编号AB 12-34 CD", literals: ["AB1234CD"]);

        Assert.Equal("编号****", masked);
    }
}
