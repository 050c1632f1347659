using Zhifa.Domain.Access;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.LegalReview;

/// <summary>
/// The guards of the legal review steps. They require complete materials, an independent reviewer with the
/// role, a finding for every review point and reasons for anything but a plain pass. They allow one extension
/// and one re-review, and the leader's ruling only when the re-review leaves a disagreement.
/// </summary>
public static class LegalReviewRules
{
    /// <summary>
    /// A submission names every required material; the refusal lists the missing ones. Step references must
    /// name a step of the case's history (document references are checked where the documents are stored).
    /// </summary>
    public static IEnumerable<Error> MaterialsComplete(CaseContext ctx)
    {
        var submitted = ctx.Request.Materials ?? [];
        for (var i = 0; i < submitted.Count; i++)
        {
            var material = submitted[i];
            if (material.Kind is null)
            {
                yield return Field($"materials[{i}].kind", "legal_review.material_kind_missing", "Choose the kind of the material.");
            }

            if (material.StepSequence is { } step ? step < 1 || step > ctx.Case.StepCount : material.DocumentId is null)
            {
                yield return Field(
                    $"materials[{i}].reference",
                    "legal_review.material_reference_invalid",
                    $"'{material.Reference}' is not a reference to this case: write step:N for step N of the history " +
                    $"(1 to {ctx.Case.StepCount}) or document:ID for a stored case document.");
            }
        }

        var missing = ReviewMaterials.Required(ctx.Case)
            .Where(kind => !submitted.Any(m => m.Kind == kind && !string.IsNullOrWhiteSpace(m.Reference)))
            .ToList();
        if (missing.Count > 0)
        {
            yield return Error.Rule(
                "legal_review.materials_missing",
                $"The submission lacks {string.Join(", ", missing)}; add a reference to each.",
                LegalReviewLaw.ModelRules,
                new Dictionary<string, string>
                {
                    ["missing"] = string.Join("、", missing.Select(ReviewMaterials.Chinese)),
                    ["missing_en"] = string.Join(", ", missing),
                });
        }
    }

    /// <summary>
    /// The assigned reviewer has the legal reviewer role and is neither an officer of the case (acting or
    /// withdrawn for a conflict) nor its filing approver.
    /// </summary>
    public static Error? ReviewerEligible(CaseContext ctx)
    {
        if (ctx.NamedReviewer is not { } reviewer)
        {
            return Field("reviewerUserId", "legal_review.reviewer_not_found", $"No staff member {ctx.Request.ReviewerUserId} was found in this office.");
        }

        if (!reviewer.Roles.Contains(Roles.LegalReviewer))
        {
            return Error.Rule(
                "legal_review.reviewer_lacks_role",
                $"{reviewer.Name} does not hold the legal reviewer role; assign a member of the legal affairs office.",
                LegalReviewLaw.ReviewOrganisation,
                new Dictionary<string, string> { ["reviewer"] = reviewer.Name });
        }

        return Independence(ctx.Case, reviewer);
    }

    /// <summary>The person recording the review is the assigned reviewer, and still independent of the case.</summary>
    public static Error? AssignedReviewerActs(CaseContext ctx)
    {
        var review = ctx.Case.Review;
        if (review.AssignedReviewerUserId is null)
        {
            return Error.Rule(
                "legal_review.not_assigned",
                "The review has no assigned reviewer yet; assign one before recording the review.",
                LegalReviewLaw.ReviewOrganisation);
        }

        if (review.AssignedReviewerUserId != ctx.Actor.UserId)
        {
            return Error.Forbidden(
                "legal_review.not_the_assigned_reviewer",
                $"The review is assigned to {review.AssignedReviewerName}; only they may record it.");
        }

        return Independence(ctx.Case, ctx.Actor);
    }

    /// <summary>
    /// Every review point has a finding, and a note when the point is not satisfied or does not apply. A
    /// "not pass", "pass with changes" or "return" opinion gives its reasons, and a plain pass has no failed
    /// point. Each problem names its field.
    /// </summary>
    public static IEnumerable<Error> OpinionComplete(CaseContext ctx)
    {
        var r = ctx.Request;
        if (r.ReviewOutcome is null)
        {
            yield return Field("reviewOutcome", "legal_review.outcome_missing", "Choose the opinion: pass, pass with changes, return for further investigation or not pass.");
        }

        var entered = r.ReviewPoints ?? [];
        foreach (var unknown in entered.Where(f => ReviewPoints.Parse(f.Point) is null))
        {
            yield return Field($"reviewPoints.{unknown.Point}", "legal_review.point_unknown", $"'{unknown.Point}' is not a review point.");
        }

        foreach (var point in ReviewPoints.All)
        {
            var code = ReviewPoints.Code(point);
            var finding = entered.LastOrDefault(f => f.Point == code);
            if (finding?.Finding is null)
            {
                yield return Field($"reviewPoints.{code}.finding", "legal_review.finding_missing", $"Enter the finding on '{ReviewPoints.English(point)}'.");
            }
            else if (finding.Finding != PointFinding.Satisfied && string.IsNullOrWhiteSpace(finding.Note))
            {
                yield return Field($"reviewPoints.{code}.note", "legal_review.note_missing", $"Explain the finding on '{ReviewPoints.English(point)}'.");
            }

            if (finding?.Finding == PointFinding.NotSatisfied && r.ReviewOutcome == ReviewOutcome.Pass)
            {
                yield return Field(
                    "reviewOutcome",
                    "legal_review.pass_with_failed_point",
                    $"'{ReviewPoints.English(point)}' is not satisfied, so the opinion cannot be a plain pass.");
            }
        }

        if (r.ReviewOutcome is { } outcome && outcome != ReviewOutcome.Pass && string.IsNullOrWhiteSpace(r.Opinion))
        {
            yield return Field("opinion", "legal_review.reasons_missing", $"An opinion of {outcome} needs its reasons and what the case department must do.");
        }
    }

    /// <summary>The review time limit may be extended once (model rules: 5 working days by the head).</summary>
    public static Error? ExtensionOnce(CaseContext ctx) =>
        ctx.Case.Review.ExtensionWorkingDays == 0
            ? null
            : Error.Rule(
                "legal_review.already_extended",
                $"The review time limit was extended by {ctx.Case.Review.ExtensionWorkingDays} working days already; it may be extended once.",
                LegalReviewLaw.ModelRules);

    /// <summary>The case department may ask once for a re-review of an opinion it disagrees with.</summary>
    public static Error? ReReviewAllowed(CaseContext ctx)
    {
        var review = ctx.Case.Review;
        if (review.Outcome is not (ReviewOutcome.NotPass or ReviewOutcome.ReturnForInvestigation)
            || review.ReviewedRevision != ctx.Case.Proposal.Revision)
        {
            return Error.Conflict(
                "legal_review.nothing_to_contest",
                "Only a 'not pass' or 'return' opinion on the current proposal can be contested.");
        }

        return review.Round < 2
            ? null
            : Error.Rule(
                "legal_review.re_review_used",
                "The re-review was already requested once; if the department still disagrees, refer the case to the agency leader or collective discussion.",
                LegalReviewLaw.ModelRules);
    }

    /// <summary>A leader's ruling settles a disagreement that the re-review left open.</summary>
    public static Error? RulingAllowed(CaseContext ctx)
    {
        var review = ctx.Case.Review;
        var disagreement = review.Round == 2
            && review.Outcome is ReviewOutcome.NotPass or ReviewOutcome.ReturnForInvestigation
            && review.ReviewedRevision == ctx.Case.Proposal.Revision
            && review.RulingOn is null;
        return disagreement
            ? null
            : Error.Rule(
                "legal_review.no_disagreement",
                "A ruling is for a re-reviewed case whose opinion the department still disputes; ask for the re-review first.",
                LegalReviewLaw.ModelRules);
    }

    /// <summary>Only an officer's own marking can be removed; the catalogue's conditions stay.</summary>
    public static Error? MarkedByOfficer(CaseContext ctx) =>
        ctx.Case.Review.MarkedMajor
            ? null
            : Error.Conflict("legal_review.not_marked", "The case is not marked major by an officer, so there is no marking to remove.");

    /// <summary>
    /// An on-the-spot decision skips the legal review, so it may not be major: when the catalogue makes the
    /// requested penalty major (an agency may set a low threshold), the general procedure with its review applies.
    /// </summary>
    public static Error? NotMajorOnTheSpot(CaseContext ctx)
    {
        var c = ctx.Case;
        var requested = new EnforcementCase
        {
            Party = c.Party,
            Hearing = c.Hearing,
            Review = c.Review,
            Proposal = new Proposal
            {
                Outcome = DecisionOutcome.Penalty,
                Penalties = ctx.Request.Penalties ?? PenaltyKinds.None,
                FineAmount = ctx.Request.FineAmount ?? 0,
            },
        };
        var reasons = MajorCase.Reasons(requested, ctx.Catalogue);
        return reasons.Count == 0
            ? null
            : Error.Rule(
                "case.legal_review_required",
                $"The decision is major ({string.Join("; ", reasons)}), so it needs a passed legal review and cannot be made on the spot; use the general procedure.",
                LegalReviewLaw.ReviewRequired,
                new Dictionary<string, string> { ["reasons"] = string.Join("；", reasons), ["revision"] = "0" });
    }

    private static Error? Independence(EnforcementCase c, CaseActor reviewer)
    {
        string? conflict = null;
        if (reviewer.OfficerId is { } officer && c.Officers.Any(o => o.OfficerId == officer))
        {
            conflict = c.Officers.First(o => o.OfficerId == officer).DeclaredConflict ? "recusant" : "officer";
        }
        else if (c.FilingApproverUserId == reviewer.UserId)
        {
            conflict = "filing_approver";
        }

        if (conflict is null)
        {
            return null;
        }

        return Error.Rule(
            "legal_review.reviewer_not_independent",
            $"{reviewer.Name} is the case's {conflict.Replace('_', ' ')}, so may not review it; assign a reviewer outside the case.",
            LegalReviewLaw.ReviewOrganisation,
            new Dictionary<string, string> { ["reviewer"] = reviewer.Name, ["relation"] = conflict });
    }

    private static Error Field(string field, string code, string message) =>
        Error.Invalid(code, message) with
        {
            Arguments = new Dictionary<string, string> { ["field"] = field },
        };
}
