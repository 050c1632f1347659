namespace Zhifa.Domain.Record;

/// <summary>
/// Composes proofs and roots from stored perfect nodes. Pair it with <see cref="TreeMath"/>: plan, read
/// <see cref="ProofPlan.RequiredNodes"/> in one query, then build. Missing or malformed nodes throw
/// <see cref="InvalidOperationException"/>, because a planned node that the store lacks means the store is
/// behind or corrupt, which no caller can fix by retrying with other input.
/// </summary>
public static class ProofBuilder
{
    /// <summary>Returns the proof hashes in plan order, each the right fold of its planned nodes.</summary>
    public static IReadOnlyList<byte[]> Build(
        ProofPlan plan,
        IReadOnlyDictionary<NodeId, byte[]> nodes,
        MerkleHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(hasher);

        return plan.Elements
            .Select(element => RootFromFrontier(Lookup(element, nodes, hasher), hasher))
            .ToArray();
    }

    /// <summary>
    /// Returns the root of a tree of <paramref name="size"/> leaves from its stored frontier nodes
    /// (<see cref="TreeMath.FrontierFor"/>). Size 0 gives H("").
    /// </summary>
    public static byte[] Root(long size, IReadOnlyDictionary<NodeId, byte[]> nodes, MerkleHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(hasher);

        return RootFromFrontier(Lookup(TreeMath.FrontierFor(size), nodes, hasher), hasher);
    }

    /// <summary>
    /// Folds perfect subtree hashes, given left to right, from the right: h0 ⊕ (h1 ⊕ (… ⊕ hk)) with
    /// a ⊕ b = H(0x01 ‖ a ‖ b). For a frontier this is the RFC 9162 §2.1.1 root, because MTH splits a tree at
    /// the largest power of two below its size, which is the first frontier node. An empty list gives H("").
    /// </summary>
    public static byte[] RootFromFrontier(IReadOnlyList<byte[]> frontierHashes, MerkleHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(frontierHashes);
        ArgumentNullException.ThrowIfNull(hasher);
        if (frontierHashes.Count == 0)
        {
            return hasher.EmptyRoot();
        }

        var accumulated = frontierHashes[^1];
        for (var i = frontierHashes.Count - 2; i >= 0; i--)
        {
            accumulated = hasher.HashChildren(frontierHashes[i], accumulated);
        }

        return accumulated;
    }

    private static byte[][] Lookup(
        IEnumerable<NodeId> ids,
        IReadOnlyDictionary<NodeId, byte[]> nodes,
        MerkleHasher hasher) =>
        ids.Select(id => nodes.TryGetValue(id, out var hash) && hash?.Length == hasher.HashSize
                ? hash
                : throw new InvalidOperationException(
                    $"Node {id} is missing from the nodes read or is not a {hasher.AlgorithmId} hash. "
                    + "Read every node in ProofPlan.RequiredNodes."))
            .ToArray();
}
