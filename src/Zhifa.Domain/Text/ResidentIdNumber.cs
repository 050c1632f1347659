using System.Globalization;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Text;

/// <summary>
/// A resident identity number (公民身份号码) under GB 11643-1999: six digits of region, eight of birth
/// date, three of sequence and a check character (0-9 or X) computed by ISO 7064 MOD 11-2.
/// A lowercase x is accepted and stored as X.
/// </summary>
public sealed record ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    // First two digits of the region code: the provinces and province-level regions of GB/T 2260,
    // plus 71 (Taiwan), 81 (Hong Kong), 82 (Macao) and 83 (residence permits for Taiwan residents).
    private static readonly HashSet<int> Provinces =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
    ];

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    public string Value { get; }

    public DateOnly BirthDate { get; }

    /// <summary>
    /// Validates an 18-character number. Errors tell format, region, date and checksum problems apart
    /// (codes <c>id.format</c>, <c>id.region</c>, <c>id.date</c>, <c>id.checksum</c>).
    /// </summary>
    public static Result<ResidentIdNumber> Parse(string? input)
    {
        var text = (input ?? "").Trim();
        if (text.Length != 18)
        {
            return Error.Invalid("id.format", $"A resident ID number has 18 characters; this one has {text.Length}.");
        }

        if (!text[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(text[17]) || text[17] is 'X' or 'x'))
        {
            return Error.Invalid(
                "id.format",
                "A resident ID number is 17 digits and a final digit or X, in half-width characters without spaces.");
        }

        // The checksum comes first: a mistyped digit is the likeliest error, and it would otherwise be
        // reported as a bad date or region when it falls in those digits.
        var value = text.ToUpperInvariant();
        if (value[17] != CheckCharacterOf(value))
        {
            return Error.Invalid("id.checksum", "The check character does not match the other digits; the number is mistyped.");
        }

        if (!Provinces.Contains(int.Parse(value[..2], CultureInfo.InvariantCulture)))
        {
            return Error.Invalid("id.region", $"The region code {value[..6]} is not a region of China; check the first six digits.");
        }

        if (!DateOnly.TryParseExact(value[6..14], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900)
        {
            return Error.Invalid("id.date", $"Digits 7 to 14 ({value[6..14]}) are not a birth date; check them.");
        }

        return new ResidentIdNumber(value, birth);
    }

    /// <summary>Computes the check character of the first 17 digits.</summary>
    public static char CheckCharacterOf(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
