namespace Zhifa.Domain.Record;

/// <summary>
/// Computes the perfect nodes a new leaf adds to the store. Appending leaf n stores the leaf itself and every
/// parent it completes. The only nodes read are the left siblings on the way up, which are all part of the
/// frontier of the tree of size n, so an append costs O(log n) hashes and reads.
/// </summary>
public static class TreeAppend
{
    /// <summary>
    /// Returns the stored nodes that appending the leaf at <paramref name="index"/> reads, lowest first, so
    /// the caller can fetch them in one query. Throws <see cref="ArgumentOutOfRangeException"/> for a
    /// negative index.
    /// </summary>
    public static IReadOnlyList<NodeId> RequiredNodes(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);

        var required = new List<NodeId>();
        for (var node = new NodeId(0, index); node.IsRightChild; node = node.Parent)
        {
            required.Add(node.Sibling);
        }

        return required;
    }

    /// <summary>
    /// Returns the nodes to store after appending the leaf at <paramref name="index"/> to a tree of exactly
    /// <paramref name="index"/> leaves: the leaf (level 0) first, then each parent it completes, lowest first.
    /// <paramref name="existing"/> reads a stored node and is called only for <see cref="RequiredNodes"/>.
    /// Throws <see cref="ArgumentException"/> when the leaf hash has the wrong length, and
    /// <see cref="InvalidOperationException"/> when the store returns no hash or a hash of the wrong length
    /// for a node it must hold, because such a store is corrupt and appending would spread the damage.
    /// </summary>
    public static IReadOnlyList<TreeNode> NewNodes(
        long index,
        byte[] leafHash,
        Func<NodeId, byte[]> existing,
        MerkleHasher hasher)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentNullException.ThrowIfNull(leafHash);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(hasher);
        if (leafHash.Length != hasher.HashSize)
        {
            throw new ArgumentException(
                $"A {hasher.AlgorithmId} leaf hash has {hasher.HashSize} bytes, not {leafHash.Length}.",
                nameof(leafHash));
        }

        var current = new TreeNode(new NodeId(0, index), leafHash);
        var created = new List<TreeNode> { current };
        while (current.Id.IsRightChild)
        {
            var left = ReadStored(current.Id.Sibling, existing, hasher);
            current = new TreeNode(current.Id.Parent, hasher.HashChildren(left, current.Hash));
            created.Add(current);
        }

        return created;
    }

    private static byte[] ReadStored(NodeId id, Func<NodeId, byte[]> existing, MerkleHasher hasher)
    {
        var hash = existing(id);
        if (hash is null || hash.Length != hasher.HashSize)
        {
            throw new InvalidOperationException(
                $"The store has no valid {hasher.AlgorithmId} hash for node {id}, "
                + "which every earlier append must have written. The stored tree is incomplete.");
        }

        return hash;
    }
}
