namespace Zhifa.Domain.Supervision;

/// <summary>
/// A supervisor's score of a finished case's file on the <see cref="QualityChecklist"/>. Reviews are never
/// changed: a second review of the same case is a new row, and the figures use the latest.
/// </summary>
public sealed class CaseQualityReview
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>The organisation the case belongs to, so the figures group by office without a join.</summary>
    public Guid OrganisationId { get; set; }

    public Guid ReviewerUserId { get; set; }

    public required string ReviewerName { get; set; }

    public DateOnly ReviewedOn { get; set; }

    /// <summary>The points, as code=points;… in checklist order (for example body=10;facts=20;…).</summary>
    public required string Scores { get; set; }

    public int Total { get; set; }

    /// <summary>What the reviewer found, required when any point lost marks.</summary>
    public string? Findings { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public QualityGrade Grade => Total >= QualityChecklist.ExcellentFrom ? QualityGrade.Excellent
        : Total >= QualityChecklist.PassFrom ? QualityGrade.Pass
        : QualityGrade.Fail;

    public IReadOnlyDictionary<string, int> ScoreByCode() =>
        Scores.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .ToDictionary(parts => parts[0], parts => int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>The rating a total earns.</summary>
public enum QualityGrade
{
    Excellent,
    Pass,
    Fail,
}
