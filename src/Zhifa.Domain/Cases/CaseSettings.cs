namespace Zhifa.Domain.Cases;

/// <summary>
/// The agency's numbers for case rules that the law leaves to local rules. The hearing thresholds default
/// to the "large fine" (较大数额罚款) values that Shanghai's and the environment ministry's hearing rules
/// use (5,000 yuan for a person, 50,000 for a unit), because the province's own values were not found; set
/// them from the provincial rule in configuration.
/// </summary>
public sealed record CaseSettings
{
    public decimal HearingFineIndividual { get; init; } = 5_000m;

    public decimal HearingFineUnit { get; init; } = 50_000m;

    /// <summary>Working days a legal review may take from submission (model rules: 5).</summary>
    public int LegalReviewWorkingDays { get; init; } = 5;

    /// <summary>Working days the one extension of a legal review adds, with a head's approval (model rules: 5).</summary>
    public int LegalReviewExtensionWorkingDays { get; init; } = 5;

    /// <summary>Working days before a deadline from which it is shown yellow.</summary>
    public int DueSoonWorkingDays { get; init; } = 3;

    /// <summary>
    /// Whether steps that the recording matters list names need a recording attached. Only tests that drive
    /// cases without media turn it off.
    /// </summary>
    public bool RequireRecordings { get; init; } = true;
}
