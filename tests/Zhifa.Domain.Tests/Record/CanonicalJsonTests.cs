using System.Text;
using Zhifa.Domain.Record;

namespace Zhifa.Domain.Tests.Record;

public class CanonicalJsonTests
{
    public static TheoryData<string, string> Strings => new()
    {
        { "执法全过程记录", "\"执法全过程记录\"" },
        { "😀", "\"😀\"" },
        { "\u001b", "\"\\u001b\"" },
        { "\u0000\u001f", "\"\\u0000\\u001f\"" },
        { "</script>", "\"</script>\"" },
        { "\"\\", "\"\\\"\\\\\"" },
        { "\b\t\n\f\r", "\"\\b\\t\\n\\f\\r\"" },
        { "\u007f\u0080\u2028\u2029", "\"\u007f\u0080\u2028\u2029\"" },
        { "", "\"\"" },
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void Encode_String_EscapesOnlyWhatJcsRequires(string value, string expected)
    {
        var bytes = CanonicalJson.Encode(value);

        Assert.Equal(expected, Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Encode_RfcStringExample_MatchesRfcOutput()
    {
        // RFC 8785 §3.2.2.2: the input "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/".
        var value = "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"/";

        var json = Encoding.UTF8.GetString(CanonicalJson.Encode(value));

        Assert.Equal(@"""€$\u000f\nA'B\""\\\\\""/""", json);
    }

    [Fact]
    public void Encode_ChineseAndEmoji_AreRawUtf8()
    {
        var bytes = CanonicalJson.Encode("执😀");

        Assert.Equal("22e689a7f09f988022", Convert.ToHexStringLower(bytes));
    }

    [Fact]
    public void Encode_RfcSortingExample_MatchesRfc()
    {
        // RFC 8785 §3.2.3: U+1F600 sorts before U+FB33 because its first UTF-16 code unit is 0xD83D.
        var members = new Dictionary<string, object?>
        {
            ["\u20ac"] = "Euro Sign",
            ["\r"] = "Carriage Return",
            ["\ufb33"] = "Hebrew Letter Dalet With Dagesh",
            ["1"] = "One",
            ["\ud83d\ude00"] = "Emoji: Grinning Face",
            ["\u0080"] = "Control",
            ["\u00f6"] = "Latin Small Letter O With Diaeresis",
        };

        var json = Encoding.UTF8.GetString(CanonicalJson.Encode(members));

        Assert.Equal(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
            + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
            + "\"😀\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
            json);
    }

    [Fact]
    public void Encode_NestedValues_HaveNoWhitespace()
    {
        var value = new Dictionary<string, object?>
        {
            ["b"] = new object?[] { 1, true, false, null, "x", Array.Empty<object?>() },
            ["a"] = new Dictionary<string, object?>(),
        };

        var json = Encoding.UTF8.GetString(CanonicalJson.Encode(value));

        Assert.Equal("{\"a\":{},\"b\":[1,true,false,null,\"x\",[]]}", json);
    }

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(-1L, "-1")]
    [InlineData(CanonicalJson.MaxSafeInteger, "9007199254740991")]
    [InlineData(-CanonicalJson.MaxSafeInteger, "-9007199254740991")]
    public void Encode_SafeInteger_IsPlainDecimal(long value, string expected)
    {
        Assert.Equal(expected, Encoding.UTF8.GetString(CanonicalJson.Encode(value)));
    }

    [Theory]
    [InlineData(CanonicalJson.MaxSafeInteger + 1)]
    [InlineData(long.MinValue)]
    public void Encode_UnsafeInteger_Throws(long value)
    {
        Assert.Throws<ArgumentException>(() => CanonicalJson.Encode(value));
    }

    [Fact]
    public void Encode_UnsupportedKind_Throws()
    {
        Assert.Throws<ArgumentException>(() => CanonicalJson.Encode(1.5));
        Assert.Throws<ArgumentException>(() => CanonicalJson.Encode(new object()));
    }

    [Fact]
    public void Encode_UnpairedSurrogate_Throws()
    {
        // Kept out of [InlineData]: test discovery replaces lone surrogates with U+FFFD.
        Assert.Throws<ArgumentException>(() => CanonicalJson.Encode("\ud800"));
        Assert.Throws<ArgumentException>(() => CanonicalJson.Encode("a\udc00b"));
        Assert.Throws<ArgumentException>(() => CanonicalJson.Encode("\ude00\ud83d"));
    }
}
