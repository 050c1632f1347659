using System.Globalization;
using Zhifa.Domain.Access;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Supervision;

/// <summary>The scores a supervisor enters, as text, keyed by checklist code.</summary>
public sealed record QualityReviewRequest(IReadOnlyDictionary<string, string?> Scores, string? Findings);

/// <summary>
/// Checks a case-file review before it is saved: a supervisor, independent of the case, scores a finished
/// case on every checklist point within its maximum, and writes down what lost marks.
/// </summary>
public static class QualityReviewRules
{
    public static Result<CaseQualityReview> Review(
        EnforcementCase c,
        QualityReviewRequest request,
        CaseActor reviewer,
        DateOnly today,
        DateTimeOffset now)
    {
        var errors = new List<Error>();
        if (!reviewer.Roles.Contains(Roles.Supervisor))
        {
            errors.Add(Error.Rule(
                "quality.supervisor_required",
                "Only a supervisor scores case files.",
                SupervisionLaw.CaseFileReview));
        }

        if (!c.IsFinished)
        {
            errors.Add(Error.Rule(
                "quality.case_not_finished",
                $"Case {c.Number} is at stage {c.Stage}; a file is reviewed once the case is closed or archived.",
                SupervisionLaw.ArchivedFileUnchanged,
                new Dictionary<string, string> { ["number"] = c.Number }));
        }

        if (reviewer.OfficerId is { } officerId && c.Officers.Any(o => o.OfficerId == officerId))
        {
            errors.Add(Error.Rule(
                "quality.own_case",
                "A reviewer may not score a case they handled.",
                SupervisionLaw.CaseFileReview));
        }

        var points = new List<(string Code, int Points)>();
        foreach (var item in QualityChecklist.Items)
        {
            var text = request.Scores.GetValueOrDefault(item.Code)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                errors.Add(Field("quality.score_required", $"Score '{item.Code}' ({item.English}) from 0 to {item.MaxPoints}.", item));
            }
            else if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > item.MaxPoints)
            {
                errors.Add(Field("quality.score_out_of_range", $"'{item.Code}' must be a whole number from 0 to {item.MaxPoints}; '{text}' is not.", item));
            }
            else
            {
                points.Add((item.Code, value));
            }
        }

        var unknown = request.Scores.Keys.Where(k => QualityChecklist.Find(k) is null).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(Error.Invalid("quality.unknown_point", $"Not on the checklist: {string.Join(", ", unknown)}.") with
            {
                Arguments = new Dictionary<string, string> { ["codes"] = string.Join(", ", unknown) },
            });
        }

        var total = points.Sum(p => p.Points);
        if (points.Count == QualityChecklist.Items.Count && total < QualityChecklist.MaxTotal && string.IsNullOrWhiteSpace(request.Findings))
        {
            errors.Add(Error.Invalid("quality.findings_required", "Write down what lost marks: the findings are required below full marks.") with
            {
                Arguments = new Dictionary<string, string> { ["field"] = "findings" },
            });
        }

        if (errors.Count > 0)
        {
            return Result<CaseQualityReview>.Failure(errors);
        }

        return new CaseQualityReview
        {
            Id = Guid.CreateVersion7(now),
            CaseId = c.Id,
            OrganisationId = c.OrganisationId,
            ReviewerUserId = reviewer.UserId,
            ReviewerName = reviewer.Name,
            ReviewedOn = today,
            Scores = string.Join(';', points.Select(p => $"{p.Code}={p.Points.ToString(CultureInfo.InvariantCulture)}")),
            Total = total,
            Findings = string.IsNullOrWhiteSpace(request.Findings) ? null : request.Findings.Trim(),
            CreatedAt = now,
        };
    }

    private static Error Field(string code, string message, ChecklistItem item) =>
        Error.Invalid(code, message) with
        {
            Arguments = new Dictionary<string, string>
            {
                ["field"] = item.Code,
                ["max"] = item.MaxPoints.ToString(CultureInfo.InvariantCulture),
                ["point"] = item.Chinese,
            },
        };
}
