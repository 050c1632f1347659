using System.Globalization;
using System.Text.Json;

namespace Zhifa.Domain.RandomInspection;

/// <summary>
/// Recomputes a published draw file: the commitment from the inputs, the seed from the commitment and
/// the witness value, and the result from the inputs and the seed. Needs nothing but the file.
/// </summary>
public static class DrawVerifier
{
    public static DrawVerification Verify(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return DrawVerification.Malformed($"not JSON: {e.Message}");
        }

        using (document)
        {
            try
            {
                return Verify(document.RootElement);
            }
            catch (MalformedDrawFileException e)
            {
                return DrawVerification.Malformed(e.Message);
            }
        }
    }

    /// <summary>
    /// Reads committed inputs stored as JSON (the "inputs" object of a draw file). Throws
    /// <see cref="FormatException"/> naming the first problem.
    /// </summary>
    public static DrawInputs ParseInputs(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadInputs(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new FormatException($"The stored draw inputs are not JSON: {e.Message}", e);
        }
        catch (MalformedDrawFileException e)
        {
            throw new FormatException($"The stored draw inputs are invalid: {e.Message}", e);
        }
    }

    private static DrawVerification Verify(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new MalformedDrawFileException("the file must be a JSON object");
        }

        var format = Text(root, "format");
        if (format != DrawFile.Format)
        {
            throw new MalformedDrawFileException($"\"format\" is \"{format}\"; this verifier reads \"{DrawFile.Format}\"");
        }

        var inputs = ReadInputs(Member(root, "inputs", JsonValueKind.Object));
        var commitment = Text(root, "commitment");
        var witness = Text(root, "witness");
        var seedText = Text(root, "seed");
        var published = ReadResult(Member(root, "result", JsonValueKind.Array));

        var digest = inputs.Digest();
        if (!string.Equals(digest, commitment, StringComparison.Ordinal))
        {
            return DrawVerification.Mismatch(
                $"the inputs hash to {digest}, but the published commitment is {commitment}: the inputs were changed after the commitment");
        }

        var seed = DrawAlgorithm.Seed(commitment, witness);
        if (!string.Equals(Convert.ToHexStringLower(seed), seedText, StringComparison.Ordinal))
        {
            return DrawVerification.Mismatch(
                $"the commitment and witness give the seed {Convert.ToHexStringLower(seed)}, but the file states {seedText}");
        }

        var outcome = DrawAlgorithm.Run(inputs, seed);
        if (!outcome.IsSuccess)
        {
            return DrawVerification.Mismatch($"the inputs cannot be drawn: {outcome.Errors[0].Message}");
        }

        return CompareResults(outcome.Value, published);
    }

    private static DrawVerification CompareResults(DrawOutcome expected, List<DrawnTarget> published)
    {
        if (expected.Targets.Count != published.Count)
        {
            return DrawVerification.Mismatch(
                $"the recomputed draw has {expected.Targets.Count} target(s), the file {published.Count}");
        }

        for (var i = 0; i < published.Count; i++)
        {
            var want = expected.Targets[i];
            var have = published[i];
            if (want.TargetId != have.TargetId)
            {
                return DrawVerification.Mismatch(
                    $"target {i + 1} is {have.TargetId} in the file, but the recomputed draw selects {want.TargetId}");
            }

            if (!want.InspectorIds.SequenceEqual(have.InspectorIds))
            {
                return DrawVerification.Mismatch(
                    $"the inspectors of target {i + 1} ({have.TargetId}) are {string.Join(", ", have.InspectorIds)} in the file, "
                    + $"but the recomputed draw gives {string.Join(", ", want.InspectorIds)}");
            }
        }

        return DrawVerification.Match(expected.Targets.Count);
    }

    private static DrawInputs ReadInputs(JsonElement inputs)
    {
        var algorithm = Text(inputs, "algorithm");
        if (algorithm != DrawAlgorithm.Version)
        {
            throw new MalformedDrawFileException(
                $"\"inputs.algorithm\" is \"{algorithm}\"; this verifier implements \"{DrawAlgorithm.Version}\"");
        }

        var drawDayText = Text(inputs, "drawDay");
        if (!DateOnly.TryParseExact(drawDayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var drawDay))
        {
            throw new MalformedDrawFileException($"\"inputs.drawDay\" is \"{drawDayText}\", not a date written YYYY-MM-DD");
        }

        var candidates = Member(inputs, "candidates", JsonValueKind.Array).EnumerateArray()
            .Select(c => new DrawCandidate(Id(c, "id"), Integer(c, "weight")))
            .ToList();
        var inspectors = Member(inputs, "inspectors", JsonValueKind.Array).EnumerateArray()
            .Select(i => IdValue(i, "inputs.inspectors[]"))
            .ToList();
        var recusals = Member(inputs, "recusals", JsonValueKind.Array).EnumerateArray()
            .Select(ReadRecusal)
            .ToList();

        return new DrawInputs(
            Id(inputs, "plan"),
            Text(inputs, "matter"),
            drawDay,
            Integer(inputs, "targetCount"),
            Integer(inputs, "inspectorsPerTarget"),
            Member(inputs, "weightedByRisk", JsonValueKind.Undefined).ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new MalformedDrawFileException("\"inputs.weightedByRisk\" must be true or false"),
            },
            candidates,
            inspectors,
            recusals);
    }

    private static Recusal ReadRecusal(JsonElement element)
    {
        var reason = Text(element, "reason");
        if (!DrawAlgorithm.TryParseReason(reason, out var parsed))
        {
            throw new MalformedDrawFileException($"recusal reason \"{reason}\" is not one of declared-interest, own-organisation, previous-draw");
        }

        return new Recusal(Id(element, "inspector"), Id(element, "target"), parsed);
    }

    private static List<DrawnTarget> ReadResult(JsonElement result) =>
        result.EnumerateArray()
            .Select(t => new DrawnTarget(
                Id(t, "target"),
                Member(t, "inspectors", JsonValueKind.Array).EnumerateArray()
                    .Select(i => IdValue(i, "result[].inspectors[]"))
                    .ToList()))
            .ToList();

    private static JsonElement Member(JsonElement parent, string name, JsonValueKind kind)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value))
        {
            throw new MalformedDrawFileException($"\"{name}\" is missing");
        }

        if (kind != JsonValueKind.Undefined && value.ValueKind != kind)
        {
            throw new MalformedDrawFileException($"\"{name}\" must be a JSON {kind.ToString().ToLowerInvariant()}");
        }

        return value;
    }

    private static string Text(JsonElement parent, string name) =>
        Member(parent, name, JsonValueKind.String).GetString()!;

    private static int Integer(JsonElement parent, string name)
    {
        var value = Member(parent, name, JsonValueKind.Number);
        return value.TryGetInt32(out var number)
            ? number
            : throw new MalformedDrawFileException($"\"{name}\" must be a whole number, not {value.GetRawText()}");
    }

    private static Guid Id(JsonElement parent, string name) => IdValue(Member(parent, name, JsonValueKind.String), name);

    private static Guid IdValue(JsonElement value, string name)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return Guid.TryParseExact(text, "D", out var id) && DrawAlgorithm.IdText(id) == text
            ? id
            : throw new MalformedDrawFileException($"\"{name}\" is \"{text}\", not an identifier in lowercase 8-4-4-4-12 form");
    }

    private sealed class MalformedDrawFileException(string message) : Exception(message);
}

/// <summary>The outcome of verifying a draw file.</summary>
public sealed record DrawVerification(DrawVerificationStatus Status, string Reason)
{
    public static DrawVerification Match(int targets) =>
        new(DrawVerificationStatus.Match, $"the recomputed draw matches the published result ({targets} target(s))");

    public static DrawVerification Mismatch(string reason) => new(DrawVerificationStatus.Mismatch, reason);

    public static DrawVerification Malformed(string reason) => new(DrawVerificationStatus.Malformed, reason);
}

public enum DrawVerificationStatus
{
    Match,
    Mismatch,
    Malformed,
}
