namespace Zhifa.Domain.Lists;

/// <summary>The kinds of enforcement act (行政执法行为) a matter can be.</summary>
public enum MatterKind
{
    Penalty,
    Inspection,
    CoerciveMeasure,
    Permit,
    Fee,
}
