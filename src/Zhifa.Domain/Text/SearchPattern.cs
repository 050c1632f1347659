namespace Zhifa.Domain.Text;

/// <summary>
/// Builds LIKE patterns that match the search term literally. '%', '_' and the escape character itself
/// are escaped with '\', so searching "10%" finds "10%" and not every row.
/// </summary>
public static class SearchPattern
{
    public const string EscapeCharacter = "\\";

    public static string Contains(string term) => "%" + Escape(term) + "%";

    public static string Escape(string term) => term
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal);
}
