namespace Zhifa.Domain.Cases;

/// <summary>Where a case came from (案件来源), as the clue register records it.</summary>
public enum CaseSourceKind
{
    Inspection,
    Complaint,
    Referral,
    RandomInspection,
    Other,
}
