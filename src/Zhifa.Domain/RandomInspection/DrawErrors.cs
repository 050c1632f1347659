using System.Globalization;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.RandomInspection;

/// <summary>The errors of random-inspection plans and draws.</summary>
public static class DrawErrors
{
    /// <summary>At least two certified officers inspect together (Administrative Penalty Law Art. 42).</summary>
    public const string TwoOfficersSource =
        "《中华人民共和国行政处罚法》第四十二条；《国务院办公厅关于推广随机抽查规范事中事后监管的通知》（国办发〔2015〕58号）";

    public const string TargetRegisterSource = "《国务院办公厅关于推广随机抽查规范事中事后监管的通知》（国办发〔2015〕58号）第二条第二项";

    public const string MattersListSource = "《国务院办公厅关于推广随机抽查规范事中事后监管的通知》（国办发〔2015〕58号）第二条第一项";

    public const string RecusalSource = "《中华人民共和国行政处罚法》第四十三条";

    public static Error NoCandidates() => Error.Rule(
        "draw.no_candidates",
        "The candidate list is empty: no regulated entity of the plan's kinds and region is in the directory; "
        + "add the entities or widen the plan before drawing.",
        TargetRegisterSource);

    public static Error CountAboveCandidates(int count, int candidates) => WithCounts(
        Error.Invalid(
            "draw.count_above_candidates",
            $"The plan draws {count} target(s) but there are {candidates} candidate(s); lower the count or the ratio."),
        ("count", count),
        ("candidates", candidates));

    public static Error InvalidWeight(int max) => Error.Invalid(
        "draw.invalid_weight",
        $"Every candidate weight must be a whole number from 1 to {max}.");

    public static Error InspectorsPerTargetTooLow(int requested) => WithCounts(
        Error.Rule(
            "draw.inspectors_per_target_too_low",
            $"A target needs at least {DrawWeights.MinInspectorsPerTarget} inspectors, but the plan asks for {requested}.",
            TwoOfficersSource),
        ("needed", DrawWeights.MinInspectorsPerTarget),
        ("requested", requested));

    public static Error TooFewInspectors(int needed, int qualified) => WithCounts(
        Error.Rule(
            "draw.too_few_inspectors",
            $"Too few qualified inspectors: each target needs {needed}, and {qualified} officer(s) hold a certificate "
            + "valid on the draw day that covers the matter's category and area. Add certified officers or lower the count.",
            TwoOfficersSource),
        ("needed", needed),
        ("qualified", qualified));

    public static Error TooFewInspectorsForTarget(Guid target, int needed, int qualified) => WithCounts(
        Error.Rule(
            "draw.too_few_inspectors_after_recusal",
            $"Too few qualified inspectors for target {target} after recusal: it needs {needed}, and {qualified} "
            + "qualified officer(s) have no conflict with it. Add certified officers before drawing.",
            $"{TwoOfficersSource}；{RecusalSource}"),
        ("needed", needed),
        ("qualified", qualified),
        ("target", target));

    public static Error RoleRequired() => Error.Forbidden(
        "draw.role_required",
        "Only officers, department heads and agency leaders plan, commit and draw random inspections.");

    public static Error MatterNotListed(string code) => WithCounts(
        Error.Rule(
            "draw.matter_not_listed",
            $"No entry \"{code}\" in the random-inspection matters list you may see; only listed matters may be "
            + "inspected at random. Add the matter to the list first.",
            MattersListSource),
        ("matter", code));

    public static Error PlanNotFound(Guid id) =>
        Error.NotFound("draw.plan_not_found", $"Inspection plan {id} does not exist or is outside your organisation.");

    public static Error AlreadyCommitted(Guid id) =>
        Error.Conflict("draw.already_committed", $"Inspection plan {id} already has a published commitment; its inputs are fixed.");

    public static Error NotCommitted(Guid id) =>
        Error.Conflict("draw.not_committed", $"Inspection plan {id} has no published commitment yet; commit its inputs first.");

    public static Error AlreadyDrawn(Guid id) =>
        Error.Conflict("draw.already_drawn", $"Inspection plan {id} has been drawn; a draw is never repeated.");

    public static Error CommitmentStale(Guid id, DateOnly drawDay) => Error.Conflict(
        "draw.commitment_stale",
        $"Inspection plan {id} was committed for {drawDay:yyyy-MM-dd}; certificates are checked on the draw day, "
        + "so commit the plan again today before drawing.");

    public static Error OfficerNotFound(Guid id) =>
        Error.NotFound("draw.officer_not_found", $"Officer {id} is not on the personnel list you may see.");

    private static Error WithCounts(Error error, params (string Name, object Value)[] values)
    {
        var arguments = new Dictionary<string, string>(error.Arguments);
        foreach (var (name, value) in values)
        {
            arguments[name] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        }

        return error with { Arguments = arguments };
    }
}
