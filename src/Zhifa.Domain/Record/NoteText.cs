using System.Globalization;

namespace Zhifa.Domain.Record;

/// <summary>Character rules shared by signed notes and checkpoints (C2SP signed-note, "Format").</summary>
internal static class NoteText
{
    public const char EmDash = '\u2014';

    /// <summary>
    /// Finds the first character a note may not contain: an ASCII control character other than newline,
    /// or a surrogate without its partner. Returns -1 when there is none.
    /// </summary>
    public static int IndexOfForbiddenCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 && c != '\n')
            {
                return i;
            }
        }

        return Utf8Text.IndexOfUnpairedSurrogate(text);
    }

    /// <summary>
    /// True for a valid key name: non-empty, without Unicode white space and without '+', which separates
    /// the fields of a key string.
    /// </summary>
    public static bool IsValidKeyName(string? name) =>
        !string.IsNullOrEmpty(name)
        && !name.Any(char.IsWhiteSpace)
        && !name.Contains('+', StringComparison.Ordinal)
        && IndexOfForbiddenCharacter(name) < 0;

    /// <summary>Parses a key id written as exactly 8 hexadecimal digits.</summary>
    public static bool TryParseKeyId(string text, out uint keyId)
    {
        keyId = 0;
        return text.Length == 8
            && text.All(char.IsAsciiHexDigit)
            && uint.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out keyId);
    }
}
