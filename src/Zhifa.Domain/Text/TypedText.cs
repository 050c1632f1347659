namespace Zhifa.Domain.Text;

/// <summary>
/// Characters that have no place in text a person types and the public may later read. Control characters
/// other than tab and line breaks are invisible on a page and invalid in XML, so an XML writer given one
/// fails mid-document. Bidirectional overrides and isolates reorder what a reader
/// sees (a document number could display reversed). A lone surrogate is a broken character.
/// </summary>
public static class TypedText
{
    /// <summary>The first character of <paramref name="text"/> that may not be stored, or null when there is none.</summary>
    public static int? FirstUnsafe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!TextLength.IsWellFormed(text))
        {
            return 0xFFFD;
        }

        foreach (var c in text)
        {
            if ((char.IsControl(c) && c is not '\n' and not '\r' and not '\t') || IsBidiControl(c))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>The character as U+XXXX, for a message that names it.</summary>
    public static string CodePoint(int c) => $"U+{c:X4}";

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
