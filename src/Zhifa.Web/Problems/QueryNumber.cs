using System.Globalization;

namespace Zhifa.Web.Problems;

/// <summary>
/// Reads whole-number query parameters, so a non-number or an out-of-range value gets a 400 that states
/// the valid range, rather than the framework's empty 400.
/// </summary>
internal static class QueryNumber
{
    public static bool TryRead(string name, string? text, long min, long max, long fallback, out long value, out IResult? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            value = fallback;
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }

        problem = ProblemResults.BadRequest(
            "query.out_of_range",
            $"The query parameter '{name}' is \"{text}\"; it must be a whole number from {min} to {max}.");
        return false;
    }
}
