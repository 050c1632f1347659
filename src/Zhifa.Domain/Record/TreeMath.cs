using System.Numerics;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Record;

/// <summary>
/// Index arithmetic over the perfect subtrees of an RFC 9162 tree. Nothing here hashes or reads storage, so
/// the database layer can decide which rows to read before it touches them.
/// </summary>
public static class TreeMath
{
    /// <summary>
    /// Returns the perfect nodes whose right fold gives the root of a tree of <paramref name="size"/> leaves:
    /// one node per set bit of the size, largest (leftmost) first. A size of 0 gives an empty list (the empty
    /// tree's root is H("")). Throws <see cref="ArgumentOutOfRangeException"/> for a negative size.
    /// </summary>
    public static IReadOnlyList<NodeId> FrontierFor(long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        return SubtreeNodes(0, size);
    }

    /// <summary>
    /// Decomposes the leaf range [start, end) into perfect nodes, left to right, each as large as its start
    /// allows. For a range that is a subtree of the RFC 9162 tree (every range its recursion visits), the right
    /// fold of the result is MTH of the range. Throws <see cref="ArgumentOutOfRangeException"/> unless
    /// 0 ≤ start ≤ end.
    /// </summary>
    public static IReadOnlyList<NodeId> SubtreeNodes(long start, long end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);

        var nodes = new List<NodeId>();
        while (start < end)
        {
            var level = LargestAlignedLevel(start, end - start);
            nodes.Add(new NodeId(level, start >> level));
            start += 1L << level;
        }

        return nodes;
    }

    /// <summary>
    /// Plans the inclusion proof PATH(index, D[0:size]) of RFC 9162 §2.1.3.1, ordered from the leaf's sibling
    /// up to the root's child. Fails with <c>record.tree_size_invalid</c> for a size below 1 and with
    /// <c>record.index_out_of_range</c> unless 0 ≤ index &lt; size. A one-leaf tree gives an empty plan.
    /// </summary>
    public static Result<ProofPlan> InclusionPlan(long index, long size)
    {
        if (size < 1)
        {
            return RecordErrors.TreeSizeInvalid(size);
        }

        if (index < 0 || index >= size)
        {
            return RecordErrors.IndexOutOfRange(index, size);
        }

        // The recursion descends from the whole tree to the leaf, so it meets the proof elements root-first,
        // but PATH lists them leaf-first.
        var rootFirst = new List<IReadOnlyList<NodeId>>();
        long low = 0;
        var high = size;
        while (high - low > 1)
        {
            var split = low + LargestPowerOfTwoBelow(high - low);
            if (index < split)
            {
                rootFirst.Add(SubtreeNodes(split, high));
                high = split;
            }
            else
            {
                rootFirst.Add(SubtreeNodes(low, split));
                low = split;
            }
        }

        rootFirst.Reverse();
        return new ProofPlan(rootFirst);
    }

    /// <summary>
    /// Plans the consistency proof PROOF(from, D[0:to]) of RFC 9162 §2.1.4.1. Equal non-zero sizes give an
    /// empty plan. A proof from size 0 is rejected with <c>record.consistency_from_empty</c>, even from 0 to
    /// 0, because it would prove nothing: the first checkpoint a client trusts must be anchored out of band.
    /// <paramref name="from"/> &gt; <paramref name="to"/> fails with <c>record.consistency_sizes_reversed</c>.
    /// </summary>
    public static Result<ProofPlan> ConsistencyPlan(long from, long to)
    {
        if (from < 1)
        {
            return RecordErrors.ConsistencyFromEmpty(from, to);
        }

        if (from > to)
        {
            return RecordErrors.ConsistencySizesReversed(from, to);
        }

        return from == to ? ProofPlan.Empty : new ProofPlan(PlanSubproof(from, to));
    }

    // SUBPROOF(m, D[low:high], b) of RFC 9162 §2.1.4.1, unrolled. While the old tree's edge lies in a left
    // half, b stays true because the verifier already has that subtree's root. Once the descent enters a right
    // half, b turns false, and the subtree that ends exactly at the old size becomes the first proof element.
    private static List<IReadOnlyList<NodeId>> PlanSubproof(long from, long to)
    {
        var rootFirst = new List<IReadOnlyList<NodeId>>();
        long low = 0;
        var high = to;
        var isOldRootKnown = true;
        while (from - low != high - low)
        {
            var split = low + LargestPowerOfTwoBelow(high - low);
            if (from <= split)
            {
                rootFirst.Add(SubtreeNodes(split, high));
                high = split;
            }
            else
            {
                rootFirst.Add(SubtreeNodes(low, split));
                low = split;
                isOldRootKnown = false;
            }
        }

        if (!isOldRootKnown)
        {
            rootFirst.Add(SubtreeNodes(low, high));
        }

        rootFirst.Reverse();
        return rootFirst;
    }

    // The k of RFC 9162 §2.1.1: the largest power of two strictly below n, for n ≥ 2.
    private static long LargestPowerOfTwoBelow(long n) =>
        1L << (63 - BitOperations.LeadingZeroCount((ulong)(n - 1)));

    // The largest level L such that start is a multiple of 2^L and 2^L ≤ count.
    private static int LargestAlignedLevel(long start, long count)
    {
        var levelByCount = 63 - BitOperations.LeadingZeroCount((ulong)count);
        var levelByAlignment = start == 0 ? NodeId.MaxLevel : BitOperations.TrailingZeroCount(start);
        return Math.Min(Math.Min(levelByCount, levelByAlignment), NodeId.MaxLevel);
    }
}
