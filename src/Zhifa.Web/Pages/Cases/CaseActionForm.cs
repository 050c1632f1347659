using System.Globalization;
using Zhifa.Domain.Cases;
using Zhifa.Domain.LegalReview;

namespace Zhifa.Web.Pages.Cases;

/// <summary>
/// A case action as an HTML form posts it: every value a string or a list, converted to the same
/// <see cref="CaseActionRequest"/> the JSON API takes, so pages and API share one path. A value that does not
/// parse is reported per field instead of silently dropped.
/// </summary>
public sealed class CaseActionForm
{
    public int? Version { get; set; }

    public string? EffectiveOn { get; set; }

    public List<Guid> OfficerIds { get; set; } = [];

    public Guid? OfficerId { get; set; }

    public string? Conflict { get; set; }

    public string? Reason { get; set; }

    public DecisionOutcome? Outcome { get; set; }

    public List<PenaltyKinds> Penalties { get; set; } = [];

    public string? FineAmount { get; set; }

    public string? Facts { get; set; }

    public string? Evidence { get; set; }

    public string? LegalBasis { get; set; }

    public string? DiscretionReason { get; set; }

    public string? CorrectionOrder { get; set; }

    public bool ComplexOrSerious { get; set; }

    public bool MajorPublicInterest { get; set; }

    /// <summary>The legal review materials: a reference (step:N or document:ID) by material kind.</summary>
    public Dictionary<MaterialKind, string?> Materials { get; set; } = [];

    public Guid? ReviewerUserId { get; set; }

    public string? RulingPassed { get; set; }

    public ReviewOutcome? ReviewOutcome { get; set; }

    public string? Opinion { get; set; }

    public bool StatementWaived { get; set; }

    public string? StatementSummary { get; set; }

    public string? RecheckOpinion { get; set; }

    public string? HearingDate { get; set; }

    public string? HearingPlace { get; set; }

    public Guid? PresidingOfficerId { get; set; }

    public string? TranscriptSummary { get; set; }

    public string? Conclusion { get; set; }

    public string? ExtensionDays { get; set; }

    public DeliveryMethod? DeliveryMethod { get; set; }

    public bool ElectronicConsent { get; set; }

    public string? LateReason { get; set; }

    public string? PaidAmount { get; set; }

    public string? Findings { get; set; }

    public string? Compliant { get; set; }

    public string? RectificationDeadline { get; set; }

    public string? Requirements { get; set; }

    /// <summary>Converts the form; adds one message per field whose value does not parse.</summary>
    public CaseActionRequest ToRequest(Dictionary<string, string> problems) => new()
    {
        Version = Version,
        EffectiveOn = Date(EffectiveOn, "effectiveOn", problems),
        OfficerIds = OfficerIds.Count > 0 ? OfficerIds : null,
        OfficerId = OfficerId,
        Conflict = Bool(Conflict),
        Reason = Text(Reason),
        Outcome = Outcome,
        Penalties = Penalties.Count > 0 ? Penalties.Aggregate(PenaltyKinds.None, (all, p) => all | p) : null,
        FineAmount = Amount(FineAmount, "fineAmount", problems),
        Facts = Text(Facts),
        Evidence = Text(Evidence),
        LegalBasis = Text(LegalBasis),
        DiscretionReason = Text(DiscretionReason),
        CorrectionOrder = Text(CorrectionOrder),
        ComplexOrSerious = ComplexOrSerious ? true : null,
        MajorPublicInterest = MajorPublicInterest ? true : null,
        Materials = Materials.Count > 0
            ? [.. Materials.Where(m => !string.IsNullOrWhiteSpace(m.Value)).Select(m => new ReviewMaterial { Kind = m.Key, Reference = m.Value!.Trim() })]
            : null,
        ReviewerUserId = ReviewerUserId,
        RulingPassed = Bool(RulingPassed),
        ReviewOutcome = ReviewOutcome,
        Opinion = Text(Opinion),
        StatementWaived = StatementWaived ? true : null,
        StatementSummary = Text(StatementSummary),
        RecheckOpinion = Text(RecheckOpinion),
        HearingDate = Date(HearingDate, "hearingDate", problems),
        HearingPlace = Text(HearingPlace),
        PresidingOfficerId = PresidingOfficerId,
        TranscriptSummary = Text(TranscriptSummary),
        Conclusion = Text(Conclusion),
        ExtensionDays = (int?)Amount(ExtensionDays, "extensionDays", problems),
        DeliveryMethod = DeliveryMethod,
        ElectronicConsent = ElectronicConsent ? true : null,
        LateReason = Text(LateReason),
        PaidAmount = Amount(PaidAmount, "paidAmount", problems),
        Findings = Text(Findings),
        Compliant = Bool(Compliant),
        RectificationDeadline = Date(RectificationDeadline, "rectificationDeadline", problems),
        Requirements = Text(Requirements),
    };

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool? Bool(string? value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    private static DateOnly? Date(string? value, string field, Dictionary<string, string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        problems[field] = "list.invalid_date";
        return null;
    }

    private static decimal? Amount(string? value, string field, Dictionary<string, string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (decimal.TryParse(value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            return amount;
        }

        problems[field] = "list.invalid_amount";
        return null;
    }
}
