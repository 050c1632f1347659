using System.Text.Json;
using Zhifa.Domain.Record;

namespace Zhifa.Domain.Tests.Record;

/// <summary>
/// The classic 8-leaf SHA-256 vectors of google/certificate-transparency and transparency-dev/merkle
/// (rfc6962-known-answers.json), and the proof mutations their verifier tests reject.
/// </summary>
public class KnownAnswerTests
{
    private static readonly MerkleHasher Hasher = MerkleHasher.Sha256;
    private static readonly ProofVerifier Verifier = new(Hasher);

    public static TheoryData<int> InclusionCases =>
        new(Enumerable.Range(0, Vectors().GetProperty("inclusion_proofs").GetArrayLength()));

    [Fact]
    public void Roots_Sizes0To8_MatchVectors()
    {
        var tree = Tree();
        var roots = Vectors().GetProperty("roots").EnumerateArray().ToList();

        Assert.Equal(9, roots.Count);
        Assert.All(roots, root => Assert.Equal(
            root.GetProperty("root").GetString(),
            Convert.ToHexStringLower(tree.Root(root.GetProperty("tree_size").GetInt64()))));
    }

    [Fact]
    public void InclusionProofs_StoredTree_MatchVectors()
    {
        var tree = Tree();

        foreach (var vector in Vectors().GetProperty("inclusion_proofs").EnumerateArray())
        {
            var index = vector.GetProperty("leaf_index").GetInt64();
            var proof = tree.InclusionProof(index, vector.GetProperty("tree_size").GetInt64());

            Assert.Equal(Hashes(vector.GetProperty("proof")), proof);
        }
    }

    [Fact]
    public void ConsistencyProofs_StoredTree_MatchVectors()
    {
        var tree = Tree();

        foreach (var vector in Vectors().GetProperty("consistency_proofs").EnumerateArray())
        {
            var from = vector.GetProperty("size1").GetInt64();
            var to = vector.GetProperty("size2").GetInt64();
            var proof = tree.ConsistencyProof(from, to);

            Assert.Equal(Hashes(vector.GetProperty("proof")), proof);
            Assert.True(Verifier.VerifyConsistency(from, to, proof, tree.Root(from), tree.Root(to)).IsValid);
        }
    }

    [Fact]
    public void LevelCounts_Sizes1To8_MatchVectors()
    {
        var expected = Vectors().GetProperty("level_counts_for_sizes_1_to_8")
            .EnumerateArray()
            .Select(count => count.GetInt32());

        // The levels of a tree are the leaves plus one level per hash of its longest inclusion proof.
        var actual = Enumerable.Range(1, 8)
            .Select(size => 1 + Enumerable.Range(0, size)
                .Max(index => TreeMath.InclusionPlan(index, size).Value.Length));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(InclusionCases))]
    public void InclusionProof_EachMutation_IsRejected(int caseNumber)
    {
        var tree = Tree();
        var vector = Vectors().GetProperty("inclusion_proofs")[caseNumber];
        var index = vector.GetProperty("leaf_index").GetInt64();
        var size = vector.GetProperty("tree_size").GetInt64();
        var leaf = Hasher.HashLeaf(Tree().Leaves[(int)index]);
        var proof = Hashes(vector.GetProperty("proof"));
        var root = tree.Root(size);

        Assert.True(Verifier.VerifyInclusion(index, size, leaf, proof, root).IsValid);
        foreach (var (name, mutated) in Mutations(index, size, leaf, proof, root))
        {
            var result = Verifier.VerifyInclusion(
                mutated.Index,
                mutated.Size,
                mutated.Leaf,
                mutated.Proof,
                mutated.Root);
            Assert.False(result.IsValid, $"mutation '{name}' of inclusion {index} in {size} was accepted");
        }
    }

    // The mutation list of the reference verifier tests ("negative_inclusion_mutations" in the vectors).
    private static IEnumerable<(string, InclusionClaim)> Mutations(
        long index,
        long size,
        byte[] leaf,
        List<byte[]> proof,
        byte[] root)
    {
        yield return ("leaf index - 1", new InclusionClaim(index - 1, size, leaf, proof, root));
        yield return ("leaf index + 1", new InclusionClaim(index + 1, size, leaf, proof, root));
        yield return ("leaf index XOR 2", new InclusionClaim(index ^ 2, size, leaf, proof, root));
        yield return ("tree size * 2", new InclusionClaim(index, size * 2, leaf, proof, root));
        yield return ("tree size / 2", new InclusionClaim(index, size / 2, leaf, proof, root));
        yield return ("wrong leaf", new InclusionClaim(index, size, Hasher.HashLeaf("WrongLeaf"u8), proof, root));
        yield return ("empty-tree root", new InclusionClaim(index, size, leaf, proof, Hasher.EmptyRoot()));
        for (var i = 0; i < proof.Count; i++)
        {
            var flipped = proof.Select(hash => (byte[])hash.Clone()).ToList();
            flipped[i][0] ^= 1;
            yield return ($"bit flipped in element {i}", new InclusionClaim(index, size, leaf, flipped, root));
        }

        yield return ("empty element appended", new InclusionClaim(index, size, leaf, [.. proof, []], root));
        yield return ("root appended", new InclusionClaim(index, size, leaf, [.. proof, root], root));
        if (proof.Count > 0)
        {
            yield return ("last element removed", new InclusionClaim(index, size, leaf, proof[..^1], root));
        }

        yield return ("empty element prepended", new InclusionClaim(index, size, leaf, [[], .. proof], root));
        yield return ("root prepended", new InclusionClaim(index, size, leaf, [root, .. proof], root));
    }

    private static JsonElement Vectors() => TestVectors.ReadJson("merkle", "rfc6962-known-answers.json");

    private static StoredTreeWithLeaves Tree()
    {
        var leaves = Vectors().GetProperty("leaf_inputs_hex").EnumerateArray()
            .Select(item => Convert.FromHexString(item.GetString()!))
            .ToList();
        return new StoredTreeWithLeaves(StoredTree.FromEntries(Hasher, leaves), leaves);
    }

    private static List<byte[]> Hashes(JsonElement array) =>
        array.EnumerateArray().Select(item => Convert.FromHexString(item.GetString()!)).ToList();

    private sealed record InclusionClaim(long Index, long Size, byte[] Leaf, List<byte[]> Proof, byte[] Root);

    private sealed record StoredTreeWithLeaves(StoredTree Stored, List<byte[]> Leaves)
    {
        public byte[] Root(long size) => Stored.Root(size);

        public IReadOnlyList<byte[]> InclusionProof(long index, long size) => Stored.InclusionProof(index, size);

        public IReadOnlyList<byte[]> ConsistencyProof(long from, long to) => Stored.ConsistencyProof(from, to);
    }
}
