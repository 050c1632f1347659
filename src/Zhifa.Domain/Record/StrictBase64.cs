namespace Zhifa.Domain.Record;

/// <summary>
/// Standard padded base64 (RFC 4648 §4) in its one canonical spelling. <see cref="Convert.FromBase64String"/>
/// skips whitespace and ignores stray padding bits, so two different texts could carry the same bytes.
/// Signed text must not have that freedom.
/// </summary>
internal static class StrictBase64
{
    public static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || text.Length % 4 != 0 || !text.All(IsBase64Character))
        {
            return false;
        }

        var buffer = new byte[text.Length / 4 * 3];
        if (!Convert.TryFromBase64String(text, buffer, out var written))
        {
            return false;
        }

        var decoded = buffer[..written];
        if (Convert.ToBase64String(decoded) != text)
        {
            return false;
        }

        bytes = decoded;
        return true;
    }

    private static bool IsBase64Character(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=';
}
