using System.Security.Cryptography;
using System.Text;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.RandomInspection;

/// <summary>
/// The draw, version <see cref="Version"/>: a deterministic function of the published inputs and the
/// witness value, written out in this folder's README.md so that anyone can reimplement it.
/// </summary>
public static class DrawAlgorithm
{
    /// <summary>The algorithm's name in commitments and draw files; a change to the function needs a new one.</summary>
    public const string Version = "zhifa-draw-v1";

    public const string TargetStreamLabel = "targets";

    public const string InspectorStreamLabelPrefix = "inspectors:";

    /// <summary>Returns an identifier as the draw orders and hashes it: lowercase hex with hyphens.</summary>
    public static string IdText(Guid id) => id.ToString("D");

    public static string ReasonText(RecusalReason reason) => reason switch
    {
        RecusalReason.DeclaredInterest => "declared-interest",
        RecusalReason.OwnOrganisation => "own-organisation",
        RecusalReason.PreviousDraw => "previous-draw",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a recusal reason."),
    };

    public static bool TryParseReason(string text, out RecusalReason reason)
    {
        foreach (var candidate in Enum.GetValues<RecusalReason>())
        {
            if (ReasonText(candidate) == text)
            {
                reason = candidate;
                return true;
            }
        }

        reason = default;
        return false;
    }

    /// <summary>
    /// Returns the seed: SHA-256 of UTF-8("zhifa-draw-v1\n" + commitment hex + "\n" + witness). The
    /// witness value is entered at the draw, after the commitment is published, so nobody could choose
    /// inputs that favour a result.
    /// </summary>
    public static byte[] Seed(string commitment, string witness) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{Version}\n{commitment}\n{witness}"));

    /// <summary>
    /// Draws the targets and their inspectors. Rejects an empty candidate list, a target count outside
    /// 1 to the number of candidates, and a target left with fewer qualified inspectors than the plan
    /// needs after recusal.
    /// </summary>
    public static Result<DrawOutcome> Run(DrawInputs inputs, ReadOnlySpan<byte> seed)
    {
        var check = CheckCounts(inputs);
        if (check is not null)
        {
            return check;
        }

        var targets = inputs.WeightedByRisk
            ? SelectWeighted(inputs.Candidates, inputs.TargetCount, new DrawStream(seed, TargetStreamLabel))
            : SelectUniform(inputs.Candidates.Select(c => c.Id).ToArray(), inputs.TargetCount, new DrawStream(seed, TargetStreamLabel));

        var assignments = new List<DrawnTarget>(targets.Count);
        foreach (var target in targets)
        {
            var eligible = inputs.RecusedByTarget.TryGetValue(target, out var recused)
                ? inputs.Inspectors.Where(i => !recused.Contains(i)).ToArray()
                : [.. inputs.Inspectors];
            if (eligible.Length < inputs.InspectorsPerTarget)
            {
                return DrawErrors.TooFewInspectorsForTarget(target, inputs.InspectorsPerTarget, eligible.Length);
            }

            var stream = new DrawStream(seed, InspectorStreamLabelPrefix + IdText(target));
            assignments.Add(new DrawnTarget(target, SelectUniform(eligible, inputs.InspectorsPerTarget, stream)));
        }

        return new DrawOutcome(assignments);
    }

    /// <summary>
    /// Returns the first <paramref name="count"/> items of a partial Fisher–Yates shuffle of
    /// <paramref name="items"/> (which it reorders): for i from 0, swap item i with item i + below(n − i).
    /// </summary>
    internal static IReadOnlyList<Guid> SelectUniform(Guid[] items, int count, DrawStream stream)
    {
        for (var i = 0; i < count; i++)
        {
            var j = i + (int)stream.NextBelow((ulong)(items.Length - i));
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items[..count];
    }

    /// <summary>
    /// Returns <paramref name="count"/> distinct candidates drawn in turn with probability proportional to
    /// weight: a ticket t = below(total weight) picks the first candidate whose running weight sum exceeds
    /// t, and a candidate already drawn is skipped by drawing again, which is the same as removing it.
    /// </summary>
    internal static IReadOnlyList<Guid> SelectWeighted(IReadOnlyList<DrawCandidate> candidates, int count, DrawStream stream)
    {
        var runningSums = new long[candidates.Count];
        long total = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            total += candidates[i].Weight;
            runningSums[i] = total;
        }

        var chosen = new HashSet<int>();
        var selected = new List<Guid>(count);
        while (selected.Count < count)
        {
            var ticket = (long)stream.NextBelow((ulong)total);
            var index = Array.BinarySearch(runningSums, ticket + 1);
            if (index < 0)
            {
                index = ~index;
            }

            if (chosen.Add(index))
            {
                selected.Add(candidates[index].Id);
            }
        }

        return selected;
    }

    private static Error? CheckCounts(DrawInputs inputs)
    {
        if (inputs.Candidates.Count == 0)
        {
            return DrawErrors.NoCandidates();
        }

        if (inputs.TargetCount < 1 || inputs.TargetCount > inputs.Candidates.Count)
        {
            return DrawErrors.CountAboveCandidates(inputs.TargetCount, inputs.Candidates.Count);
        }

        if (inputs.Candidates.Any(c => c.Weight < 1 || c.Weight > DrawWeights.Max))
        {
            return DrawErrors.InvalidWeight(DrawWeights.Max);
        }

        if (inputs.InspectorsPerTarget < DrawWeights.MinInspectorsPerTarget)
        {
            return DrawErrors.InspectorsPerTargetTooLow(inputs.InspectorsPerTarget);
        }

        return inputs.Inspectors.Count < inputs.InspectorsPerTarget
            ? DrawErrors.TooFewInspectors(inputs.InspectorsPerTarget, inputs.Inspectors.Count)
            : null;
    }
}

/// <summary>The result of a draw: the selected targets in draw order, each with its inspectors in draw order.</summary>
public sealed record DrawOutcome(IReadOnlyList<DrawnTarget> Targets);

public sealed record DrawnTarget(Guid TargetId, IReadOnlyList<Guid> InspectorIds);
