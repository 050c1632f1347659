namespace Zhifa.Domain.Cases;

/// <summary>
/// The input of any case action, from a form or the JSON API. Each action names the fields it requires
/// (<see cref="Procedures.Transition.RequiredFields"/>); the others are ignored. <see cref="Version"/> is
/// the case version the person saw, so a change based on a stale page is rejected.
/// </summary>
public sealed class CaseActionRequest
{
    public int? Version { get; set; }

    /// <summary>The day the step took effect (agency-local); today when omitted.</summary>
    public DateOnly? EffectiveOn { get; set; }

    public List<Guid>? OfficerIds { get; set; }

    public Guid? OfficerId { get; set; }

    public bool? Conflict { get; set; }

    public string? Reason { get; set; }

    public DecisionOutcome? Outcome { get; set; }

    public PenaltyKinds? Penalties { get; set; }

    public decimal? FineAmount { get; set; }

    public decimal? ConfiscationAmount { get; set; }

    public string? Facts { get; set; }

    public string? Evidence { get; set; }

    public string? LegalBasis { get; set; }

    public string? DiscretionReason { get; set; }

    public string? CorrectionOrder { get; set; }

    public bool? ComplexOrSerious { get; set; }

    public bool? MajorPublicInterest { get; set; }

    public ReviewOutcome? ReviewOutcome { get; set; }

    public string? Opinion { get; set; }

    /// <summary>The materials submitted for legal review, each a reference to a step or a document of the case.</summary>
    public List<LegalReview.ReviewMaterial>? Materials { get; set; }

    /// <summary>The user to whom a legal review is assigned.</summary>
    public Guid? ReviewerUserId { get; set; }

    /// <summary>The finding and note for each legal review point.</summary>
    public List<LegalReview.ReviewPointFinding>? ReviewPoints { get; set; }

    /// <summary>A leader's ruling on a disputed review: true lets the decision proceed on the reviewed proposal.</summary>
    public bool? RulingPassed { get; set; }

    public bool? OfferHearing { get; set; }

    public bool? StatementWaived { get; set; }

    public string? StatementSummary { get; set; }

    public string? RecheckOpinion { get; set; }

    public DateOnly? HearingDate { get; set; }

    public string? HearingPlace { get; set; }

    public Guid? PresidingOfficerId { get; set; }

    public string? TranscriptSummary { get; set; }

    public string? Conclusion { get; set; }

    public int? ExtensionDays { get; set; }

    public DeliveryMethod? DeliveryMethod { get; set; }

    public bool? ElectronicConsent { get; set; }

    public string? LateReason { get; set; }

    public decimal? PaidAmount { get; set; }

    public string? Findings { get; set; }

    public bool? Compliant { get; set; }

    public DateOnly? RectificationDeadline { get; set; }

    public string? Requirements { get; set; }

    /// <summary>When the step began on site; the recording rule checks a whole-process recording covers it.</summary>
    public DateTimeOffset? StepStartedAt { get; set; }

    /// <summary>When the step ended on site.</summary>
    public DateTimeOffset? StepEndedAt { get; set; }
}
