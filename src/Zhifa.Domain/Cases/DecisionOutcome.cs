namespace Zhifa.Domain.Cases;

/// <summary>The four outcomes a head may choose after the investigation (Administrative Penalty Law Art. 57).</summary>
public enum DecisionOutcome
{
    Penalty,
    NoPenaltyMinor,
    NoPenaltyNotEstablished,
    TransferToJudiciary,
}
