using System.Globalization;
using Zhifa.Domain.Lists;
using Zhifa.Domain.RandomInspection;

namespace Zhifa.Web.RandomInspection;

/// <summary>
/// A new inspection plan as sent to the API. Numbers and dates come as text, so a value that does not
/// parse gets a message for its own field instead of the framework's empty 400.
/// </summary>
internal sealed record PlanRequest(
    string? MatterCode,
    string? Name,
    IReadOnlyList<string>? TargetKinds,
    string? Region,
    string? Category,
    string? Ratio,
    string? TargetCount,
    string? InspectorsPerTarget,
    bool? WeightedByRisk,
    string? PeriodStart,
    string? PeriodEnd,
    string? Frequency)
{
    /// <summary>Returns the draft with every field that parsed, and a problem for each that did not.</summary>
    public (PlanDraft Draft, List<FieldError> Problems) ToDraft()
    {
        var problems = new List<FieldError>();
        var draft = new PlanDraft(
            MatterCode,
            Name,
            TargetKinds,
            Region,
            Category,
            ReadDecimal("ratio", Ratio, problems),
            ReadInteger("targetCount", TargetCount, problems),
            ReadInteger("inspectorsPerTarget", InspectorsPerTarget, problems),
            WeightedByRisk ?? false,
            ReadDate("periodStart", PeriodStart, problems),
            ReadDate("periodEnd", PeriodEnd, problems),
            Frequency);
        return (draft, problems);
    }

    private static decimal? ReadDecimal(string field, string? text, List<FieldError> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(new FieldError(0, field, text, "draw.invalid_number", "Not a number; write a decimal such as 0.1."));
        return null;
    }

    private static int? ReadInteger(string field, string? text, List<FieldError> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(new FieldError(0, field, text, "draw.invalid_number", "Not a whole number; write digits only, such as 5."));
        return null;
    }

    private static DateOnly? ReadDate(string field, string? text, List<FieldError> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        problems.Add(new FieldError(0, field, text, "list.invalid_date", "Not a date; write it as YYYY-MM-DD, for example 2026-03-01."));
        return null;
    }
}

/// <summary>The witness value entered at the draw.</summary>
internal sealed record DrawRequest(string? Witness);

/// <summary>An officer's declared conflict, by the code of the entity or of the organisation.</summary>
internal sealed record ConflictRequest(Guid? OfficerId, string? EntityCode, string? Reason, string? Note);
