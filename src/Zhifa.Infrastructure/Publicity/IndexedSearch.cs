using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Publicity;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Publicity;

/// <summary>
/// Search through the SQLite FTS5 trigram index <c>publications_search</c> (migration PublicationSearch), whose
/// rowid is <see cref="PublicationRow.FeedSequence"/>. The term goes in as one FTS5 string (every <c>"</c>
/// doubled), so FTS syntax such as <c>AND</c>, <c>NEAR(</c> or <c>*</c> is only text, and a trigram phrase
/// matches where the term's characters stand together: the same rows as the escaped LIKE, read from the index.
/// The index is read newest first and each hit is joined to its current row, so the first page of a common
/// term stops after <c>limit</c> live rows instead of reading every match.
/// </summary>
internal static class IndexedSearch
{
    /// <summary>A trigram index cannot match fewer than 3 characters; such terms use LIKE.</summary>
    public const int MinimumCharacters = 3;

    private const string Sql = """
        SELECT p.* FROM publications_search AS s CROSS JOIN publications AS p ON p.FeedSequence = s.rowid
        WHERE s.publications_search MATCH {0} AND s.rowid < {1} AND p.Withdrawn = 0 AND ({2} IS NULL OR p.Kind = {2})
        ORDER BY s.rowid DESC
        LIMIT {3}
        """;

    /// <summary>Returns whether the index can match <paramref name="term"/>: 3 or more Unicode characters (an emoji counts as one).</summary>
    public static bool CanUse(string term) => CharacterCount(term) >= MinimumCharacters;

    /// <summary>Counts Unicode scalar values, which is what the trigram tokenizer counts.</summary>
    public static int CharacterCount(string term)
    {
        var count = 0;
        foreach (var _ in term.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>Quotes the term as an FTS5 string: in double quotes, each <c>"</c> doubled.</summary>
    public static string Phrase(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static async Task<IReadOnlyList<PublicationRow>> ListAsync(
        ZhifaDbContext db, string term, PublicationKind? kind, long before, int limit, CancellationToken ct) =>
        await db.Publications
            .FromSqlRaw(Sql, Phrase(term), before, (object?)kind?.ToString() ?? DBNull.Value, limit)
            .AsNoTracking()
            .ToListAsync(ct);
}
