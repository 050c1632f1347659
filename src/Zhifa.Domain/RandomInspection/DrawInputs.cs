using System.Globalization;
using System.Security.Cryptography;
using Zhifa.Domain.Record;

namespace Zhifa.Domain.RandomInspection;

/// <summary>
/// Everything a draw depends on except the witness value, fixed and published before the draw. Lists
/// are kept sorted by identifier (ordinal), so the order in which they were loaded changes nothing.
/// </summary>
public sealed record DrawInputs
{
    public DrawInputs(
        Guid planId,
        string matterCode,
        DateOnly drawDay,
        int targetCount,
        int inspectorsPerTarget,
        bool weightedByRisk,
        IEnumerable<DrawCandidate> candidates,
        IEnumerable<Guid> inspectors,
        IEnumerable<Recusal> recusals)
    {
        PlanId = planId;
        MatterCode = matterCode;
        DrawDay = drawDay;
        TargetCount = targetCount;
        InspectorsPerTarget = inspectorsPerTarget;
        WeightedByRisk = weightedByRisk;
        Candidates = [.. candidates.OrderBy(c => DrawAlgorithm.IdText(c.Id), StringComparer.Ordinal)];
        Inspectors = [.. inspectors.Distinct().OrderBy(DrawAlgorithm.IdText, StringComparer.Ordinal)];
        Recusals =
        [
            .. recusals
                .DistinctBy(r => (r.InspectorId, r.TargetId))
                .OrderBy(r => DrawAlgorithm.IdText(r.InspectorId), StringComparer.Ordinal)
                .ThenBy(r => DrawAlgorithm.IdText(r.TargetId), StringComparer.Ordinal),
        ];
    }

    public Guid PlanId { get; }

    public string MatterCode { get; }

    /// <summary>The agency-local day on which certificates were checked.</summary>
    public DateOnly DrawDay { get; }

    public int TargetCount { get; }

    public int InspectorsPerTarget { get; }

    public bool WeightedByRisk { get; }

    public IReadOnlyList<DrawCandidate> Candidates { get; }

    /// <summary>Officers whose certificates qualify them for the plan on the draw day.</summary>
    public IReadOnlyList<Guid> Inspectors { get; }

    /// <summary>Inspector–target pairs that must not be drawn together, with the reason.</summary>
    public IReadOnlyList<Recusal> Recusals { get; }

    /// <summary>The recused inspectors of each target that has any, built once per inputs.</summary>
    internal Dictionary<Guid, HashSet<Guid>> RecusedByTarget =>
        _recusedByTarget ??= Recusals
            .GroupBy(r => r.TargetId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.InspectorId).ToHashSet());

    private Dictionary<Guid, HashSet<Guid>>? _recusedByTarget;

    /// <summary>
    /// Returns the inputs as the object whose RFC 8785 canonical JSON is hashed into the commitment. The
    /// published draw file contains the same object under "inputs".
    /// </summary>
    public IReadOnlyDictionary<string, object?> ToCanonical() => new Dictionary<string, object?>
    {
        ["algorithm"] = DrawAlgorithm.Version,
        ["plan"] = DrawAlgorithm.IdText(PlanId),
        ["matter"] = MatterCode,
        ["drawDay"] = DrawDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["targetCount"] = TargetCount,
        ["inspectorsPerTarget"] = InspectorsPerTarget,
        ["weightedByRisk"] = WeightedByRisk,
        ["candidates"] = Candidates
            .Select(c => new Dictionary<string, object?> { ["id"] = DrawAlgorithm.IdText(c.Id), ["weight"] = c.Weight })
            .ToList(),
        ["inspectors"] = Inspectors.Select(DrawAlgorithm.IdText).ToList(),
        ["recusals"] = Recusals
            .Select(r => new Dictionary<string, object?>
            {
                ["inspector"] = DrawAlgorithm.IdText(r.InspectorId),
                ["target"] = DrawAlgorithm.IdText(r.TargetId),
                ["reason"] = DrawAlgorithm.ReasonText(r.Reason),
            })
            .ToList(),
    };

    /// <summary>Returns the commitment: SHA-256 of the canonical JSON of <see cref="ToCanonical"/>, in lowercase hex.</summary>
    public string Digest() => Convert.ToHexStringLower(SHA256.HashData(CanonicalJson.Encode(ToCanonical())));
}

/// <summary>A regulated entity the draw may select, with its weight (1 unless the plan weights by risk).</summary>
public sealed record DrawCandidate(Guid Id, int Weight);

/// <summary>An inspector who may not inspect a target.</summary>
public sealed record Recusal(Guid InspectorId, Guid TargetId, RecusalReason Reason);

/// <summary>Why an inspector withdraws from a target (Administrative Penalty Law Art. 43).</summary>
public enum RecusalReason
{
    /// <summary>The inspector declared an interest in the target.</summary>
    DeclaredInterest,

    /// <summary>The inspector belongs to, or declared an affiliation with, the target's own organisation.</summary>
    OwnOrganisation,

    /// <summary>The pair was drawn together in the previous draw of the same matter.</summary>
    PreviousDraw,
}
