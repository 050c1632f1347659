using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Infrastructure.LegalReview;
using Zhifa.Web.Access;

namespace Zhifa.Web.Pages.LegalReviews;

/// <summary>The reviewers' queue: the open reviews of the user's offices by time limit, then the finished ones.</summary>
public sealed class IndexModel(LegalReviewService reviews, CurrentActor current) : PageModel
{
    public IReadOnlyList<ReviewQueueItem> Items { get; private set; } = [];

    public bool OpenOnly { get; private set; }

    public async Task OnGetAsync(bool? all, CancellationToken ct)
    {
        OpenOnly = all != true;
        var scope = (await current.GetAsync(ct)).Scope;
        Items = await reviews.QueueAsync(scope, OpenOnly, ct);
    }
}
