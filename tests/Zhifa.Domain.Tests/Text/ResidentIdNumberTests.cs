using Zhifa.Domain.Text;

namespace Zhifa.Domain.Tests.Text;

/// <summary>Resident ID numbers, with distinct errors for format, region, date and checksum.</summary>
public sealed class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X", "11010519491231002X")]
    [InlineData("11010519491231002x", "11010519491231002X")]
    [InlineData("110105200001019950", "110105200001019950")]
    [InlineData("11010520000229994X", "11010520000229994X")]
    [InlineData("  11010519491231002X ", "11010519491231002X")]
    public void Parse_ValidNumber_IsAcceptedInCanonicalForm(string input, string expected)
    {
        var result = ResidentIdNumber.Parse(input);

        Assert.True(result.IsSuccess);
        Assert.Equal(expected, result.Value.Value);
    }

    [Theory]
    [InlineData("11010520000101995X", "id.checksum")]
    [InlineData("110105200102299947", "id.date")]
    [InlineData("111111111111111111", "id.checksum")]
    [InlineData("111111111111111110", "id.date")]
    [InlineData("11010519491231002", "id.format")]
    [InlineData("11010519491231002X1", "id.format")]
    [InlineData("１１０１０５１９４９１２３１００２X", "id.format")]
    [InlineData("110105 19491231002X", "id.format")]
    public void Parse_InvalidNumber_NamesTheProblem(string input, string code)
    {
        var result = ResidentIdNumber.Parse(input);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Errors[0].Code);
    }

    [Fact]
    public void Parse_UnknownProvinceWithRightChecksum_IsRegionError()
    {
        var digits = "99010519491231002";

        var result = ResidentIdNumber.Parse(digits + ResidentIdNumber.CheckCharacterOf(digits));

        Assert.Equal("id.region", result.Errors[0].Code);
    }

    [Fact]
    public void CheckCharacter_ZeroDue_IsZeroNotX()
    {
        Assert.Equal('0', ResidentIdNumber.CheckCharacterOf("11010520000101995"));
    }
}
