using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.Organisations;
using Zhifa.Domain.Supervision;
using Zhifa.Domain.Time;
using Zhifa.Infrastructure.Cases;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Supervision;

/// <summary>
/// Case-file reviews (案卷评查): a supervisor scores a finished case; the score and its findings are saved
/// with an entry <c>case.quality_reviewed</c> in the case's record, in one transaction.
/// </summary>
public sealed class QualityReviewService(ZhifaDbContext db, RecordWriter record, TimeProvider clock)
{
    public const string ReviewedAction = "case.quality_reviewed";

    public async Task<Result<CaseQualityReview>> ReviewAsync(
        Guid caseId,
        QualityReviewRequest request,
        CaseActor reviewer,
        OrganisationScope scope,
        CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !scope.CanSee(c.OrganisationId))
        {
            return CaseErrors.NotFound(caseId);
        }

        var outcome = QualityReviewRules.Review(c, request, reviewer, AgencyTime.Today(clock), clock.GetUtcNow());
        if (!outcome.IsSuccess)
        {
            return outcome;
        }

        var review = outcome.Value;
        await record.SaveAsync(
            token =>
            {
                db.CaseQualityReviews.Add(review);
                return Task.CompletedTask;
            },
            () =>
            [
                new RecordAction(
                    reviewer.UserId.ToString(),
                    reviewer.Certificate,
                    c.OrganisationId,
                    ReviewedAction,
                    CaseRecord.Subject(c.Id),
                    new { number = c.Number, reviewId = review.Id, scores = review.Scores, total = review.Total, grade = review.Grade.ToString(), findings = review.Findings }),
            ],
            ct);
        return review;
    }

    public async Task<IReadOnlyList<CaseQualityReview>> ForCaseAsync(Guid caseId, CancellationToken ct) =>
        await db.CaseQualityReviews.AsNoTracking().Where(r => r.CaseId == caseId).OrderByDescending(r => r.CreatedAt).ToListAsync(ct);
}
