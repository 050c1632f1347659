using Zhifa.Domain.Cases;
using Zhifa.Domain.Lists;

namespace Zhifa.Documents.Templates;

/// <summary>
/// What the case documents print: the case, its matter, its officers with their certificates, the agency,
/// the people's government at the same level (the reconsideration organ since 2024, Administrative
/// Reconsideration Law Art. 24), and the deadlines computed on the working-day calendar.
/// </summary>
public sealed record CaseDocumentData(
    EnforcementCase Case,
    EnforcementMatter Matter,
    IReadOnlyList<Officer> Officers,
    string AgencyName,
    string GovernmentName,
    Officer? PresidingOfficer,
    DateOnly? StatementUntil,
    DateOnly? HearingRequestUntil,
    DateOnly Today);
