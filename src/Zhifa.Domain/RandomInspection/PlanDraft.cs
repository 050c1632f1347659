using Zhifa.Domain.Lists;
using Zhifa.Domain.Regulated;
using Zhifa.Domain.Text;

namespace Zhifa.Domain.RandomInspection;

/// <summary>
/// The fields of a new inspection plan as entered. <see cref="Validate"/> reports every problem at once,
/// keyed by field, before anything is stored or drawn.
/// </summary>
public sealed record PlanDraft(
    string? MatterCode,
    string? Name,
    IReadOnlyList<string>? TargetKinds,
    string? Region,
    string? Category,
    decimal? Ratio,
    int? TargetCount,
    int? InspectorsPerTarget,
    bool WeightedByRisk,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    string? Frequency)
{
    public const string DefaultCategory = "人民防空";

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        RequireText(errors, "matterCode", MatterCode, 40);
        RequireText(errors, "name", Name, 200);
        RequireText(errors, "region", Region, 60);
        if (Category is not null)
        {
            RequireText(errors, "category", Category, 60);
        }

        if (Frequency is not null)
        {
            RequireText(errors, "frequency", Frequency, 100);
        }

        CheckKinds(errors);
        CheckSize(errors);
        if (InspectorsPerTarget is { } perTarget && perTarget is < DrawWeights.MinInspectorsPerTarget or > 10)
        {
            errors.Add(Problem("inspectorsPerTarget", perTarget.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "draw.inspectors_per_target_range",
                $"Draw from {DrawWeights.MinInspectorsPerTarget} to 10 inspectors per target; at least two inspect together "
                + "(Administrative Penalty Law Art. 42)."));
        }

        if (PeriodStart is null)
        {
            errors.Add(Problem("periodStart", "", "list.required", "A value is required here; write the first day as YYYY-MM-DD."));
        }

        if (PeriodEnd is null)
        {
            errors.Add(Problem("periodEnd", "", "list.required", "A value is required here; write the last day as YYYY-MM-DD."));
        }

        if (PeriodStart is { } start && PeriodEnd is { } end && end < start)
        {
            errors.Add(Problem("periodEnd", end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                "draw.period_reversed", "The period ends before it starts; the last day must be on or after the first."));
        }

        return errors;
    }

    /// <summary>Returns the plan of a valid draft for the matter found in the list.</summary>
    public InspectionPlan ToPlan(RandomInspectionMatter matter, Guid organisationId, string createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganisationId = organisationId,
        MatterId = matter.Id,
        MatterCode = matter.Code,
        Name = Name!.Trim(),
        TargetKinds = string.Join(',', ParsedKinds()),
        Region = Region!.Trim(),
        Category = Category?.Trim() ?? DefaultCategory,
        Ratio = TargetCount is null ? Ratio ?? matter.RatioPercent / 100m : null,
        TargetCount = TargetCount,
        InspectorsPerTarget = InspectorsPerTarget ?? DrawWeights.MinInspectorsPerTarget,
        WeightedByRisk = WeightedByRisk,
        PeriodStart = PeriodStart!.Value,
        PeriodEnd = PeriodEnd!.Value,
        Frequency = Frequency?.Trim() ?? matter.Frequency,
        Status = PlanStatus.Draft,
        CreatedAt = now,
        CreatedBy = createdBy,
    };

    private IEnumerable<RegulatedEntityKind> ParsedKinds() =>
        (TargetKinds ?? []).Select(k => EnumLabels.TryParse<RegulatedEntityKind>(k.Trim(), out var kind) ? kind : default)
            .Distinct();

    private void CheckKinds(List<FieldError> errors)
    {
        if (TargetKinds is null || TargetKinds.Count == 0)
        {
            errors.Add(Problem("targetKinds", "", "list.required", "Name at least one kind of regulated entity to draw from."));
            return;
        }

        foreach (var kind in TargetKinds.Where(k => !EnumLabels.TryParse<RegulatedEntityKind>((k ?? "").Trim(), out _)))
        {
            errors.Add(Problem("targetKinds", kind ?? "", "list.invalid_choice",
                $"Not a kind of regulated entity; use one of: {string.Join(", ", Enum.GetNames<RegulatedEntityKind>())}."));
        }
    }

    private void CheckSize(List<FieldError> errors)
    {
        if (Ratio is not null && TargetCount is not null)
        {
            errors.Add(Problem("ratio", "", "draw.ratio_and_count", "Give either a ratio or a count of targets, not both."));
        }

        if (Ratio is { } ratio && (ratio <= 0m || ratio > 1m))
        {
            errors.Add(Problem("ratio", ratio.ToString(System.Globalization.CultureInfo.InvariantCulture), "draw.ratio_out_of_range",
                "The ratio must be above 0 and at most 1, such as 0.1 for 10% of the candidates."));
        }

        if (TargetCount is { } count && count < 1)
        {
            errors.Add(Problem("targetCount", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "draw.count_out_of_range",
                "The count of targets must be at least 1."));
        }
    }

    private static void RequireText(List<FieldError> errors, string field, string? value, int maxLength)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0)
        {
            errors.Add(Problem(field, "", "list.required", "A value is required here; fill it in."));
        }
        else if (TextLength.CodePoints(text) > maxLength)
        {
            errors.Add(Problem(field, text, "list.too_long", $"Too long: at most {maxLength} characters allowed; shorten it."));
        }
        else if (text.Any(char.IsControl))
        {
            errors.Add(Problem(field, text, "list.control_character", "Contains a control character; remove it and try again."));
        }
    }

    private static FieldError Problem(string field, string value, string code, string message) =>
        new(0, field, value, code, message);
}
