namespace Zhifa.Domain.Cases;

/// <summary>
/// The request fields by their JSON names, so a transition can name what it requires and a missing field
/// is reported by the name the client sent.
/// </summary>
public static class RequestFields
{
    private static readonly Dictionary<string, Func<CaseActionRequest, bool>> Present = new()
    {
        ["officerIds"] = r => r.OfficerIds is { Count: > 0 },
        ["conflict"] = r => r.Conflict is not null,
        ["reason"] = r => !string.IsNullOrWhiteSpace(r.Reason),
        ["outcome"] = r => r.Outcome is not null,
        ["penalties"] = r => r.Penalties is not null and not PenaltyKinds.None,
        ["facts"] = r => !string.IsNullOrWhiteSpace(r.Facts),
        ["evidence"] = r => !string.IsNullOrWhiteSpace(r.Evidence),
        ["legalBasis"] = r => !string.IsNullOrWhiteSpace(r.LegalBasis),
        ["discretionReason"] = r => !string.IsNullOrWhiteSpace(r.DiscretionReason),
        ["reviewOutcome"] = r => r.ReviewOutcome is not null,
        ["opinion"] = r => !string.IsNullOrWhiteSpace(r.Opinion),
        ["materials"] = r => r.Materials is { Count: > 0 },
        ["reviewerUserId"] = r => r.ReviewerUserId is not null,
        ["rulingPassed"] = r => r.RulingPassed is not null,
        ["hearingDate"] = r => r.HearingDate is not null,
        ["hearingPlace"] = r => !string.IsNullOrWhiteSpace(r.HearingPlace),
        ["presidingOfficerId"] = r => r.PresidingOfficerId is not null,
        ["transcriptSummary"] = r => !string.IsNullOrWhiteSpace(r.TranscriptSummary),
        ["conclusion"] = r => !string.IsNullOrWhiteSpace(r.Conclusion),
        ["extensionDays"] = r => r.ExtensionDays is not null,
        ["deliveryMethod"] = r => r.DeliveryMethod is not null,
        ["findings"] = r => !string.IsNullOrWhiteSpace(r.Findings),
        ["compliant"] = r => r.Compliant is not null,
        ["rectificationDeadline"] = r => r.RectificationDeadline is not null,
        ["requirements"] = r => !string.IsNullOrWhiteSpace(r.Requirements),
    };

    public static bool IsPresent(string field, CaseActionRequest request) =>
        Present.TryGetValue(field, out var check)
            ? check(request)
            : throw new ArgumentOutOfRangeException(nameof(field), field, "A transition requires a field that has no presence check.");

    public static IReadOnlyCollection<string> All => Present.Keys;
}
