using Zhifa.Domain.Record;

namespace Zhifa.Domain.Tests.Record;

/// <summary>
/// The RFC 9162 §2.1 definitions written as literally as possible: MTH by recursion over the entries,
/// PATH (§2.1.3.1) and PROOF/SUBPROOF (§2.1.4.1) by their recursive definitions. Only tests use it, to check
/// the stored-node prover against the RFC. Subtree hashes are memoised by range so large comparisons stay fast;
/// the memo changes no result.
/// </summary>
internal sealed class MerkleTreeReference
{
    private readonly MerkleHasher _hasher;
    private readonly IReadOnlyList<byte[]> _entries;
    private readonly Dictionary<(int Start, int End), byte[]> _subtreeHashes = [];

    public MerkleTreeReference(MerkleHasher hasher, IReadOnlyList<byte[]> entries)
    {
        _hasher = hasher;
        _entries = entries;
    }

    public int Size => _entries.Count;

    /// <summary>MTH(D[0:size]).</summary>
    public byte[] Root(int size) => Mth(0, size);

    public byte[] LeafHash(int index) => _hasher.HashLeaf(_entries[index]);

    /// <summary>PATH(index, D[0:size]).</summary>
    public List<byte[]> InclusionProof(int index, int size) => Path(index, 0, size);

    /// <summary>PROOF(from, D[0:to]) = SUBPROOF(from, D[0:to], true).</summary>
    public List<byte[]> ConsistencyProof(int from, int to) => Subproof(from, 0, to, isOldRootKnown: true);

    private byte[] Mth(int start, int end)
    {
        if (_subtreeHashes.TryGetValue((start, end), out var cached))
        {
            return cached;
        }

        var n = end - start;
        byte[] hash;
        if (n == 0)
        {
            hash = _hasher.EmptyRoot();
        }
        else if (n == 1)
        {
            hash = _hasher.HashLeaf(_entries[start]);
        }
        else
        {
            var k = LargestPowerOfTwoBelow(n);
            hash = _hasher.HashChildren(Mth(start, start + k), Mth(start + k, end));
        }

        _subtreeHashes[(start, end)] = hash;
        return hash;
    }

    private List<byte[]> Path(int m, int start, int end)
    {
        var n = end - start;
        if (n == 1)
        {
            return [];
        }

        var k = LargestPowerOfTwoBelow(n);
        if (m < k)
        {
            return [.. Path(m, start, start + k), Mth(start + k, end)];
        }

        return [.. Path(m - k, start + k, end), Mth(start, start + k)];
    }

    private List<byte[]> Subproof(int m, int start, int end, bool isOldRootKnown)
    {
        var n = end - start;
        if (m == n)
        {
            return isOldRootKnown ? [] : [Mth(start, end)];
        }

        var k = LargestPowerOfTwoBelow(n);
        if (m <= k)
        {
            return [.. Subproof(m, start, start + k, isOldRootKnown), Mth(start + k, end)];
        }

        return [.. Subproof(m - k, start + k, end, isOldRootKnown: false), Mth(start, start + k)];
    }

    // The k of RFC 9162 §2.1.1: the largest power of two strictly smaller than n, for n > 1.
    private static int LargestPowerOfTwoBelow(int n)
    {
        var k = 1;
        while (k * 2 < n)
        {
            k *= 2;
        }

        return k;
    }
}
