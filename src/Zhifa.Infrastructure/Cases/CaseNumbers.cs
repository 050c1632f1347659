using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Organisations;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Infrastructure.Cases;

/// <summary>
/// Numbers cases (案号) and decisions (文号) per office and year, such as 常人防立〔2026〕3号 and 常人防罚〔2026〕1号.
/// Numbers are taken inside the record's transaction, after its append lock, so two cases never share one;
/// the unique index on the case number backs that up.
/// </summary>
internal static class CaseNumbers
{
    public static async Task<string> NextCaseNumberAsync(ZhifaDbContext db, Organisation office, int year, CancellationToken ct)
    {
        var prefix = $"{Abbreviation(office)}立〔{year}〕";
        var count = await db.Cases.CountAsync(c => c.Number.StartsWith(prefix), ct);
        return $"{prefix}{count + 1}号";
    }

    public static async Task<string> NextDecisionNumberAsync(ZhifaDbContext db, Organisation office, int year, CancellationToken ct)
    {
        var prefix = $"{Abbreviation(office)}罚〔{year}〕";
        var count = await db.Cases.CountAsync(c => c.Decision.Number != null && c.Decision.Number.StartsWith(prefix), ct);
        return $"{prefix}{count + 1}号";
    }

    /// <summary>The office's short name: its area's first character and 人防, for example 长治市 → 长人防.</summary>
    private static string Abbreviation(Organisation office)
    {
        var area = string.IsNullOrEmpty(office.Area) ? office.Name : office.Area;
        var first = area.EnumerateRunes().FirstOrDefault();
        return $"{first}人防";
    }
}
