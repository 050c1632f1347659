using System.Collections;
using System.Globalization;
using System.Text;

namespace Zhifa.Domain.Record;

/// <summary>
/// Writes JSON in the RFC 8785 JSON Canonicalization Scheme (JCS) for the value kinds the record uses, so
/// equal values always give equal bytes. Supported: objects as <see cref="IReadOnlyDictionary{TKey,TValue}"/>
/// with string keys, arrays as <see cref="IEnumerable"/>, strings, <see cref="int"/> and <see cref="long"/>
/// integers within ±(2^53 − 1), booleans and null. Anything else throws <see cref="ArgumentException"/>,
/// because JCS fixes number output by ECMAScript rules that this writer implements for safe integers only.
/// </summary>
public static class CanonicalJson
{
    /// <summary>Largest integer every JSON parser reads exactly (I-JSON, RFC 7493 §2.2).</summary>
    public const long MaxSafeInteger = 9_007_199_254_740_991;

    /// <summary>
    /// Returns the canonical UTF-8 bytes of a value. Throws <see cref="ArgumentException"/> for an unsupported
    /// type, an integer outside the safe range, or a string with an unpaired surrogate.
    /// </summary>
    public static byte[] Encode(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return Utf8Text.Strict.GetBytes(builder.ToString());
    }

    private static void Write(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case string text:
                WriteString(builder, text);
                break;
            case int or long:
                WriteInteger(builder, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> members:
                WriteObject(builder, members);
                break;
            case IEnumerable items:
                WriteArray(builder, items);
                break;
            default:
                throw new ArgumentException(
                    $"Canonical JSON here has no encoding for {value.GetType()}.",
                    nameof(value));
        }
    }

    private static void WriteInteger(StringBuilder builder, long number)
    {
        if (number is > MaxSafeInteger or < -MaxSafeInteger)
        {
            throw new ArgumentException($"{number} is outside ±(2^53 - 1), where JSON integers stay exact.");
        }

        builder.Append(number.ToString(CultureInfo.InvariantCulture));
    }

    // RFC 8785 §3.2.3: members sorted by the UTF-16 code units of their names, which is ordinal comparison.
    private static void WriteObject(StringBuilder builder, IReadOnlyDictionary<string, object?> members)
    {
        builder.Append('{');
        var first = true;
        foreach (var member in members.OrderBy(member => member.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                builder.Append(',');
            }

            WriteString(builder, member.Key);
            builder.Append(':');
            Write(builder, member.Value);
            first = false;
        }

        builder.Append('}');
    }

    private static void WriteArray(StringBuilder builder, IEnumerable items)
    {
        builder.Append('[');
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                builder.Append(',');
            }

            Write(builder, item);
            first = false;
        }

        builder.Append(']');
    }

    // RFC 8785 §3.2.2.2: escape only '"', '\' and control characters below U+0020, with the short forms where
    // JSON has them and \u00xx in lowercase hex otherwise. Every other character, including non-ASCII, '/',
    // '<' and U+007F, is written as itself.
    private static void WriteString(StringBuilder builder, string text)
    {
        if (Utf8Text.IndexOfUnpairedSurrogate(text) is var bad and >= 0)
        {
            throw new ArgumentException(
                $"The string has an unpaired surrogate at position {bad}, so it is not Unicode text.");
        }

        builder.Append('"');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\t' => "\\t",
                '\n' => "\\n",
                '\f' => "\\f",
                '\r' => "\\r",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        builder.Append('"');
    }
}
