using Zhifa.Domain.Regulated;

namespace Zhifa.Domain.RandomInspection;

/// <summary>
/// Weights of a risk-weighted draw. Targets with serious violations or many complaints must be checked
/// more often (国办发〔2015〕58号 §二(三)). The weights 1, 2 and 4 are this product's default. They are
/// published with every candidate, so a verifier reads them from the draw file.
/// </summary>
public static class DrawWeights
{
    public const int Max = 1000;

    /// <summary>Administrative Penalty Law Art. 42: enforcement by at least two certified officers.</summary>
    public const int MinInspectorsPerTarget = 2;

    public static int For(RiskLevel risk, bool weightedByRisk) => !weightedByRisk
        ? 1
        : risk switch
        {
            RiskLevel.Low => 1,
            RiskLevel.Medium => 2,
            RiskLevel.High => 4,
            _ => throw new ArgumentOutOfRangeException(nameof(risk), risk, "Not a risk level."),
        };
}
