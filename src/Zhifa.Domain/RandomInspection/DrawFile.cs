using System.Text.Encodings.Web;
using System.Text.Json;

namespace Zhifa.Domain.RandomInspection;

/// <summary>
/// The published draw file: the inputs as committed, the commitment, the witness value, the seed and the
/// result. Anyone can recompute the result from the first four (see <see cref="DrawVerifier"/>). The
/// "labels" member only names identifiers for readers (drawn targets, inspectors) and is not verified.
/// </summary>
public static class DrawFile
{
    public const string Format = "zhifa-draw-file/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Returns the file's JSON text.</summary>
    public static string Write(
        DrawInputs inputs,
        string witness,
        DrawOutcome outcome,
        IReadOnlyDictionary<string, object?> labels)
    {
        var commitment = inputs.Digest();
        var file = new Dictionary<string, object?>
        {
            ["format"] = Format,
            ["inputs"] = inputs.ToCanonical(),
            ["commitment"] = commitment,
            ["witness"] = witness,
            ["seed"] = Convert.ToHexStringLower(DrawAlgorithm.Seed(commitment, witness)),
            ["result"] = ResultJson(outcome),
            ["labels"] = labels,
        };
        return JsonSerializer.Serialize(file, Options);
    }

    /// <summary>Returns the result as the file writes it: targets in draw order, each with its inspectors.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> ResultJson(DrawOutcome outcome) =>
        outcome.Targets
            .Select(t => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["target"] = DrawAlgorithm.IdText(t.TargetId),
                ["inspectors"] = t.InspectorIds.Select(DrawAlgorithm.IdText).ToList(),
            })
            .ToList();

    /// <summary>Returns the result as JSON text, the form stored with the plan.</summary>
    public static string ResultText(DrawOutcome outcome) => JsonSerializer.Serialize(ResultJson(outcome));
}
