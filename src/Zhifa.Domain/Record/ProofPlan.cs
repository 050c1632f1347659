namespace Zhifa.Domain.Record;

/// <summary>
/// Which stored perfect nodes make up each hash of an RFC 9162 proof, in proof order. An element that is a
/// complete subtree needs one node. An element on the ragged right edge of the tree needs that subtree's
/// decomposition into perfect nodes, left to right, folded from the right (see
/// <see cref="ProofBuilder.RootFromFrontier"/>).
/// </summary>
public sealed class ProofPlan
{
    /// <summary>Creates a plan. Throws <see cref="ArgumentException"/> for an element without nodes.</summary>
    public ProofPlan(IReadOnlyList<IReadOnlyList<NodeId>> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        if (elements.Any(element => element is null || element.Count == 0))
        {
            throw new ArgumentException("Every proof element needs at least one node.", nameof(elements));
        }

        Elements = elements;
        RequiredNodes = elements.SelectMany(element => element).Distinct().ToArray();
    }

    /// <summary>A plan with no elements: the proof for a one-leaf tree, or between two equal sizes.</summary>
    public static ProofPlan Empty { get; } = new([]);

    /// <summary>For each proof hash, the perfect nodes whose right fold gives it.</summary>
    public IReadOnlyList<IReadOnlyList<NodeId>> Elements { get; }

    /// <summary>Every node the plan reads, each once, so the store can fetch them in one query.</summary>
    public IReadOnlyList<NodeId> RequiredNodes { get; }

    /// <summary>Number of hashes in the proof.</summary>
    public int Length => Elements.Count;
}
