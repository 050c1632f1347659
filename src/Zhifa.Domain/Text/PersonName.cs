using System.Text;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Text;

/// <summary>
/// A natural person's name as written on a resident identity card. Names of many ethnic minorities
/// contain the middle dot U+00B7 (间隔号), which must be accepted; its look-alikes are normalised to it.
/// </summary>
public sealed record PersonName
{
    /// <summary>Longest name accepted, in characters (code points).</summary>
    public const int MaxLength = 20;

    public const char MiddleDot = '\u00B7';

    // Look-alikes typed by input methods and keyboards: bullet, katakana middle dot, its half-width form,
    // hyphenation point, ASCII full stop and its full-width form. Decision: normalise them, because a
    // refusal sends the user hunting for a character their keyboard may not offer.
    private static readonly char[] DotLookAlikes = ['\u2022', '\u30FB', '\uFF65', '\u2027', '.', '\uFF0E'];

    private PersonName(string value, bool wasNormalised)
    {
        Value = value;
        WasNormalised = wasNormalised;
    }

    public string Value { get; }

    /// <summary>Whether a look-alike dot was replaced by U+00B7.</summary>
    public bool WasNormalised { get; }

    public static Result<PersonName> Parse(string? input)
    {
        var text = (input ?? "").Trim();
        if (text.Length == 0)
        {
            return Error.Invalid("name.missing", "The name is missing; enter it as on the identity card.");
        }

        var normalised = new string(text.Select(c => DotLookAlikes.Contains(c) ? MiddleDot : c).ToArray());
        if (!TextLength.IsWellFormed(normalised) || normalised.Any(char.IsControl))
        {
            return Error.Invalid("name.broken_text", "The name contains a broken or control character; retype it.");
        }

        if (TextLength.CodePoints(normalised) > MaxLength)
        {
            return Error.Invalid("name.too_long", $"The name is longer than {MaxLength} characters; check it.");
        }

        if (normalised[0] == MiddleDot || normalised[^1] == MiddleDot
            || normalised.Contains($"{MiddleDot}{MiddleDot}", StringComparison.Ordinal))
        {
            return Error.Invalid(
                "name.misplaced_dot",
                "The middle dot (·) may only stand between two parts of a name, once each time; remove the extra dot.");
        }

        return new PersonName(normalised, !string.Equals(normalised, text, StringComparison.Ordinal));
    }

    /// <summary>
    /// The masked form for publication: the first character stays; in a name without a dot of three or
    /// more characters the last one stays too; every other character becomes '*'; dots stay.
    /// Examples: 张三 → 张*, 测𠮷样 → 测*样, 阿依古丽·测试 → 阿***·**.
    /// </summary>
    public static string Mask(string name)
    {
        var runes = name.Trim().EnumerateRunes().ToList();
        if (runes.Count <= 1)
        {
            return string.Concat(runes.Select(r => r.ToString()));
        }

        var hasDot = runes.Contains(new Rune(MiddleDot));
        var keepLast = !hasDot && runes.Count >= 3;
        var builder = new StringBuilder();
        for (var i = 0; i < runes.Count; i++)
        {
            var keep = i == 0 || runes[i].Value == MiddleDot || (keepLast && i == runes.Count - 1);
            builder.Append(keep ? runes[i].ToString() : "*");
        }

        return builder.ToString();
    }
}
