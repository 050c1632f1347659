using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Publicity;
using Zhifa.Domain.Text;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Publicity;

/// <summary>
/// Reads of what is published, for the portal and the open data. Search is a substring match: 人防工程 finds
/// every item whose document number, title, party, facts, basis or result contains it, on SQLite and
/// PostgreSQL. Any input (quotes, %, _, emoji, SQL or FTS syntax) is only ever text: LIKE gets an escaped
/// pattern, the SQLite FTS5 index a quoted string (see <see cref="IndexedSearch"/>).
/// </summary>
public sealed class PublicationQueries(ZhifaDbContext db)
{
    /// <summary>Longest search text used; the rest is ignored.</summary>
    public const int MaxSearchLength = 100;

    public async Task<long> MaxSequenceAsync(CancellationToken ct) =>
        await db.PublicationVersions.MaxAsync(v => (long?)v.Sequence, ct) ?? 0;

    /// <summary>Live items with <see cref="PublicationRow.FeedSequence"/> below <paramref name="before"/>, newest first.</summary>
    public async Task<IReadOnlyList<PublicationRow>> ListAsync(
        string? search, PublicationKind? kind, long before, int limit, CancellationToken ct)
    {
        var term = SearchTerm(search);
        if (term.Length > 0 && db.IsSqlite && IndexedSearch.CanUse(term))
        {
            return await IndexedSearch.ListAsync(db, term, kind, before, limit, ct);
        }

        var query = db.Publications.AsNoTracking().Where(p => !p.Withdrawn && p.FeedSequence < before);
        if (kind is { } k)
        {
            query = query.Where(p => p.Kind == k);
        }

        if (term.Length > 0)
        {
            // On PostgreSQL, the pg_trgm GIN index of the PublicationSearch migration serves this LIKE for 3 or
            // more characters. Shorter terms scan the table, on both databases.
            var pattern = SearchPattern.Contains(term);
            query = query.Where(p => EF.Functions.Like(p.SearchText, pattern, SearchPattern.EscapeCharacter));
        }

        return await query.OrderByDescending(p => p.FeedSequence).Take(limit).ToListAsync(ct);
    }

    /// <summary>
    /// Returns the search text as used: trimmed, without NUL characters (PostgreSQL text cannot contain them), cut to
    /// <see cref="MaxSearchLength"/> UTF-16 units without splitting a surrogate pair.
    /// </summary>
    public static string SearchTerm(string? search)
    {
        var term = (search ?? "").Replace("\0", "", StringComparison.Ordinal).Trim();
        if (term.Length > MaxSearchLength)
        {
            var cut = char.IsHighSurrogate(term[MaxSearchLength - 1]) ? MaxSearchLength - 1 : MaxSearchLength;
            term = term[..cut].TrimEnd();
        }

        return term;
    }

    public async Task<PublicationRow?> FindAsync(Guid caseId, CancellationToken ct) =>
        await db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == caseId, ct);

    /// <summary>Versions after <paramref name="after"/>, oldest first: publications and withdrawals alike.</summary>
    public async Task<IReadOnlyList<PublicationVersionRow>> ChangesAsync(long after, int limit, CancellationToken ct) =>
        await db.PublicationVersions.AsNoTracking().Where(v => v.Sequence > after).OrderBy(v => v.Sequence).Take(limit).ToListAsync(ct);

    public async Task<IReadOnlyList<PublicationVersionRow>> LatestChangesAsync(int limit, CancellationToken ct) =>
        await db.PublicationVersions.AsNoTracking().OrderByDescending(v => v.Sequence).Take(limit).ToListAsync(ct);

    /// <summary>
    /// Counts per year, kind and state, for the yearly statistics. Counting reads every publication, so the
    /// counts are kept per database and recounted only when a version was added since (a higher max sequence).
    /// </summary>
    public async Task<IReadOnlyList<(int Year, PublicationKind Kind, bool Withdrawn, int Count)>> YearlyAsync(CancellationToken ct)
    {
        var key = db.Database.GetConnectionString() ?? "";
        var sequence = await MaxSequenceAsync(ct);
        if (YearlyCounts.TryGetValue(key, out var cached) && cached.Sequence == sequence)
        {
            return cached.Counts;
        }

        var rows = await db.Publications.AsNoTracking()
            .GroupBy(p => new { p.DecidedOn.Year, p.Kind, p.Withdrawn })
            .Select(g => new { g.Key.Year, g.Key.Kind, g.Key.Withdrawn, Count = g.Count() })
            .ToListAsync(ct);
        IReadOnlyList<(int Year, PublicationKind Kind, bool Withdrawn, int Count)> counts =
            [.. rows.Select(r => (r.Year, r.Kind, r.Withdrawn, r.Count)).OrderByDescending(r => r.Year)];

        // A version committed during the count may or may not be in it, so the counts are kept only when the
        // max sequence is unchanged after counting.
        if (await MaxSequenceAsync(ct) == sequence)
        {
            YearlyCounts[key] = (sequence, counts);
        }

        return counts;
    }

    private static readonly ConcurrentDictionary<string, (long Sequence, IReadOnlyList<(int Year, PublicationKind Kind, bool Withdrawn, int Count)> Counts)> YearlyCounts = new();
}
