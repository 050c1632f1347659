using Zhifa.Domain.Regulated;

namespace Zhifa.Domain.RandomInspection;

/// <summary>
/// An inspection plan (抽查计划) for one entry of the random-inspection matters list, and its one draw:
/// first the commitment (the inputs and their digest, published), then the draw (witness value, seed,
/// result). Once committed the inputs never change, and once drawn the result never changes.
/// </summary>
public sealed class InspectionPlan
{
    public Guid Id { get; set; }

    /// <summary>The enforcement body that runs the plan; it decides who may see and draw it.</summary>
    public Guid OrganisationId { get; set; }

    public Guid MatterId { get; set; }

    public required string MatterCode { get; set; }

    public required string Name { get; set; }

    /// <summary>Kinds of regulated entity drawn from, as enum names separated by ','.</summary>
    public required string TargetKinds { get; set; }

    /// <summary>The administrative area the targets lie in, as in the directory's region column.</summary>
    public required string Region { get; set; }

    /// <summary>The enforcement category the inspectors' certificates must cover, such as 人民防空.</summary>
    public required string Category { get; set; }

    /// <summary>Share of the candidates drawn, in (0, 1]; null when <see cref="TargetCount"/> is set.</summary>
    public decimal? Ratio { get; set; }

    /// <summary>Number of targets drawn; null when <see cref="Ratio"/> is set.</summary>
    public int? TargetCount { get; set; }

    public int InspectorsPerTarget { get; set; }

    public bool WeightedByRisk { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public required string Frequency { get; set; }

    public PlanStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? CommittedAt { get; set; }

    public DateOnly? DrawDay { get; set; }

    /// <summary>The committed inputs as canonical JSON (RFC 8785), exactly the bytes that were hashed.</summary>
    public string? Inputs { get; set; }

    /// <summary>SHA-256 of <see cref="Inputs"/>, lowercase hex: the published commitment.</summary>
    public string? Commitment { get; set; }

    public string? Witness { get; set; }

    public string? Seed { get; set; }

    /// <summary>The result as JSON: targets in draw order, each with its inspectors.</summary>
    public string? Result { get; set; }

    public DateTimeOffset? DrawnAt { get; set; }

    public string? DrawnBy { get; set; }

    public IReadOnlyList<RegulatedEntityKind> Kinds() =>
        TargetKinds.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(k => Enum.Parse<RegulatedEntityKind>(k))
            .ToList();

    /// <summary>Returns the number of targets to draw from <paramref name="candidates"/>: the count, or the ratio rounded up.</summary>
    public int TargetsFor(int candidates) =>
        TargetCount ?? (int)Math.Ceiling((Ratio ?? 1m) * candidates);
}

/// <summary>The state of a plan.</summary>
public enum PlanStatus
{
    /// <summary>Being prepared; nothing is fixed yet.</summary>
    Draft,

    /// <summary>The inputs and their digest are fixed and published; waiting for the witness value.</summary>
    Committed,

    /// <summary>Drawn; the result and the inspection tasks exist.</summary>
    Drawn,
}
