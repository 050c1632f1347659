using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Publicity;
using Zhifa.Infrastructure.Publicity;

namespace Zhifa.Web.Pages.Portal.Decisions;

/// <summary>The public list of published decisions and inspection results, with search and cursor paging.</summary>
public sealed class IndexModel(PublicationQueries queries) : PageModel
{
    public const int PageSize = 20;

    public string Query { get; private set; } = "";

    public PublicationKind? Kind { get; private set; }

    public IReadOnlyList<PublicationRow> Items { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public IReadOnlyList<(int Year, PublicationKind Kind, bool Withdrawn, int Count)> Yearly { get; private set; } = [];

    public async Task OnGetAsync(string? q, string? kind, string? cursor, CancellationToken ct)
    {
        Query = (q ?? "").Trim();
        Kind = Enum.TryParse<PublicationKind>(kind, out var k) ? k : null;

        // A page link with a broken cursor starts again at the first page rather than failing.
        var before = long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c > 0 ? c : long.MaxValue;
        Items = await queries.ListAsync(Query, Kind, before, PageSize, ct);
        NextCursor = Items.Count == PageSize ? Items[^1].FeedSequence.ToString(CultureInfo.InvariantCulture) : null;
        Yearly = await queries.YearlyAsync(ct);
    }
}
