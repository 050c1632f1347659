using System.Text;

namespace Zhifa.Domain.Record;

/// <summary>Strict UTF-8 handling for everything the record signs or hashes.</summary>
internal static class Utf8Text
{
    /// <summary>
    /// UTF-8 without a byte order mark that throws on invalid input, where the default encoding would
    /// silently substitute U+FFFD and so change the bytes that are signed or hashed.
    /// </summary>
    public static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Finds the first surrogate without its partner, which has no UTF-8 encoding, or returns -1.</summary>
    public static int IndexOfUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
