namespace Zhifa.Domain.Cases;

/// <summary>The opinion of a legal review (法制审核意见).</summary>
public enum ReviewOutcome
{
    Pass,
    PassWithChanges,
    ReturnForInvestigation,
    NotPass,
}
