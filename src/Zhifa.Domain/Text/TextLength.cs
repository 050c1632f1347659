using System.Text;

namespace Zhifa.Domain.Text;

/// <summary>
/// Text length as people and PostgreSQL count it: in Unicode code points. <see cref="string.Length"/>
/// counts UTF-16 units, so a CJK Extension B character such as 𠀀 would count twice.
/// </summary>
public static class TextLength
{
    public static int CodePoints(string text) => text.EnumerateRunes().Count();

    /// <summary>Whether the text has no lone surrogate, so it converts to UTF-8 without loss.</summary>
    public static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            i += consumed - 1;
        }

        return true;
    }
}
