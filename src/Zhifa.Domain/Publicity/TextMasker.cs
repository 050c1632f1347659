using System.Text;
using System.Text.RegularExpressions;

namespace Zhifa.Domain.Publicity;

/// <summary>
/// Masks the personal data that may not be published (RULES 9.3; 内蒙古 rules Art. 10): resident ID numbers
/// (15 and 18 characters, check character X), mobile and fixed telephone numbers, bank account numbers,
/// addresses below the county level, and the names of natural persons given by the caller. Pure and
/// deterministic; the masked forms keep no digit of the original number.
/// </summary>
public static partial class TextMasker
{
    /// <summary>The replacement for a masked number: its length tells nothing, so it is fixed.</summary>
    public const string MaskedNumber = "****";

    /// <summary>What stands for the part of an address below the county level.</summary>
    public const string MaskedAddress = "****";

    /// <summary>Masks every pattern and every name in <paramref name="names"/> (natural persons only).</summary>
    public static string Mask(string? text, IEnumerable<string>? names = null, IEnumerable<string>? literals = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var result = text;

        // Exact values known to be personal (the party's own ID, phone, address) go first, in any spacing,
        // so a value the patterns would miss is still removed.
        foreach (var literal in (literals ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).OrderByDescending(l => l.Length))
        {
            result = SpacedLiteral(literal.Trim()).Replace(result, MaskedNumber);
        }

        result = Mobile().Replace(result, MaskedNumber);
        result = LongDigitRun().Replace(result, MaskedNumber);
        result = IdNumber().Replace(result, MaskedNumber);
        result = FixedPhone().Replace(result, MaskedNumber);
        result = LabelledNumber().Replace(result, m => m.Groups["label"].Value + MaskedNumber);
        result = CountyAddress().Replace(result, m => m.Groups["keep"].Value + MaskedAddress);
        result = StreetAddress().Replace(result, MaskedAddress);

        foreach (var name in (names ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().OrderByDescending(n => n.Length))
        {
            var masked = MaskName(name.Trim());
            result = SpacedLiteral(name.Trim()).Replace(result, masked);
        }

        return result;
    }

    /// <summary>
    /// A natural person's name in the 张某某 style: the first character stays, every other character except a
    /// middle dot becomes 某. 张三 → 张某, 张三丰 → 张某某, 阿依古丽·测试 → 阿某某某·某某.
    /// </summary>
    public static string MaskName(string name)
    {
        var runes = name.Trim().EnumerateRunes().ToList();
        if (runes.Count <= 1)
        {
            return runes.Count == 0 ? "" : "某";
        }

        var builder = new StringBuilder();
        for (var i = 0; i < runes.Count; i++)
        {
            var dot = IsDot(runes[i]);
            builder.Append(i == 0 || dot ? (dot ? "·" : runes[i].ToString()) : "某");
        }

        return builder.ToString();
    }

    private static bool IsDot(Rune rune) => rune.Value is 0xB7 or 0x2022 or 0x30FB or 0xFF65 or 0x2027 or '.' or 0xFF0E;

    /// <summary>A literal matched with any whitespace, hyphens or dot look-alikes between its characters.</summary>
    private static Regex SpacedLiteral(string literal)
    {
        var parts = literal.EnumerateRunes()
            .Where(r => !Rune.IsWhiteSpace(r))
            .Select(r => IsDot(r) ? "[\u00B7\u2022\u30FB\uFF65\u2027.\uFF0E]" : Regex.Escape(r.ToString()));
        return new Regex(string.Join(@"[\s\-]*", parts), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    // 18 characters (17 digits and a digit or X) or 15 digits, optionally broken by spaces or hyphens.
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:(?:\d[ \-]?){17}[0-9Xx]|(?:\d[ \-]?){14}\d)(?![0-9A-Za-z])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IdNumber();

    // Mainland mobile numbers, 11 digits starting 13–19, with an optional +86 and separators.
    [GeneratedRegex(@"(?<!\d)(?:\+?86[ \-]?)?1[3-9]\d[ \-]?\d{4}[ \-]?\d{4}(?!\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Mobile();

    // Fixed lines with an area code: 0355-1234567, (0355)12345678, 010 12345678, optional extension.
    [GeneratedRegex(@"(?<!\d)(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[ \-]?)\d{7,8}(?:(?:-|转|ext\.?)\d{1,6})?(?!\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FixedPhone();

    // A number after a label that says what it is: 电话 1234567, 账号 6222 0000 1234, 身份证号码：…
    [GeneratedRegex(@"(?<label>(?:电话|手机|联系方式|联系电话|座机|传真|账号|帐号|账户|帐户|卡号|银行卡|身份证号码|身份证号|证件号码)\s*[:：]?\s*)[0-9][0-9 \-]{5,}[0-9Xx]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LabelledNumber();

    // Bank accounts and any other run of 12 or more digits, with an ID number's final X (dates, amounts and
    // document numbers are shorter).
    [GeneratedRegex(@"(?<![0-9A-Za-z])\d(?:[ \-]?\d){11,}(?:[ \-]?[Xx])?(?![0-9])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LongDigitRun();

    // An address with its county-level part: the part up to 区/县/旗/市 stays; what follows (street, number,
    // building, room, village) is masked. The detail must hold a number or end in 村/组/小区/社区, so a body
    // such as 测试市人民防空办公室 is not taken for an address.
    [GeneratedRegex(
        @"(?<keep>(?:\p{IsCJKUnifiedIdeographs}{1,9}?(?:省|自治区))?(?:\p{IsCJKUnifiedIdeographs}{1,9}?(?:市|自治州|地区|盟))?\p{IsCJKUnifiedIdeographs}{1,9}?(?:区|县|旗|市))(?<below>[\p{IsCJKUnifiedIdeographs}-[区县市旗省]]{0,20}?(?:[0-9０-９]+[0-9０-９A-Za-z\-－#]*(?:号|室|栋|幢|楼|层|单元|弄)(?:[0-9０-９A-Za-z\-－]*(?:栋|幢|楼|单元|层|室|号))*|(?:村|组|小区|社区)))",
        RegexOptions.CultureInvariant,
        1000)]
    private static partial Regex CountyAddress();

    // A street address without its county: 样例路1号, 样例街12号3栋201室. The street name stops at common
    // function characters (在, 住, 于…) so the prose before it stays.
    [GeneratedRegex(
        @"[\p{IsCJKUnifiedIdeographs}-[在于住位址和与及的为是从到至向经查其]]{1,12}?(?:路|街|大道|巷|胡同|弄)\s*[0-9０-９]+(?:[\-－][0-9０-９]+)?\s*号(?:[0-9０-９A-Za-z\-－]*(?:栋|幢|楼|单元|层|室))*",
        RegexOptions.CultureInvariant,
        1000)]
    private static partial Regex StreetAddress();
}
