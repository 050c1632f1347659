namespace Zhifa.Domain.Record;

/// <summary>
/// A perfect subtree of the log: level L and index i name the complete subtree over the leaves
/// [i·2^L, (i+1)·2^L). Level 0 nodes are leaf hashes. Once all of its leaves exist, such a node's hash never
/// changes, which is why the store keeps only these nodes (RFC 9162 §2.1.1 never pads the tree, so any
/// other node of a growing tree is recomputed from them).
/// </summary>
public readonly record struct NodeId
{
    /// <summary>The highest level a node can have while its leaf range fits in a 64-bit signed count.</summary>
    public const int MaxLevel = 62;

    /// <summary>
    /// Creates a node id. Throws <see cref="ArgumentOutOfRangeException"/> for a negative level or index, a
    /// level above <see cref="MaxLevel"/>, or a node whose last leaf would pass <see cref="long.MaxValue"/>.
    /// </summary>
    public NodeId(int level, long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, MaxLevel);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, long.MaxValue >> level);
        Level = level;
        Index = index;
    }

    public int Level { get; }

    public long Index { get; }

    /// <summary>Index of the first leaf the node covers.</summary>
    public long FirstLeaf => Index << Level;

    /// <summary>Index one past the last leaf the node covers.</summary>
    public long EndLeaf => (Index + 1) << Level;

    /// <summary>True when the node is the right child of its parent, so appending it completes the parent.</summary>
    public bool IsRightChild => (Index & 1) == 1;

    /// <summary>The node's left or right neighbour under the same parent.</summary>
    public NodeId Sibling => new(Level, Index ^ 1);

    public NodeId Parent => new(Level + 1, Index >> 1);

    public override string ToString() => $"({Level}, {Index})";
}
