namespace Zhifa.Domain.Publicity;

/// <summary>What is published: a penalty (or permit) decision, due in 7 working days, or another result, due in 20.</summary>
public enum PublicationKind
{
    /// <summary>行政处罚决定: a penalty decision of the general or the simple procedure.</summary>
    PenaltyDecision,

    /// <summary>检查结果: the result of an inspection, including drawn random inspections.</summary>
    InspectionResult,
}
