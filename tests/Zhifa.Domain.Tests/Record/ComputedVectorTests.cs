using System.Text.Json;
using Zhifa.Domain.Record;

namespace Zhifa.Domain.Tests.Record;

/// <summary>
/// The 8-leaf SHA-256 and SM3 vectors of computed-8leaf-sha256-sm3.json, reproduced by appending the leaves
/// one by one into a node dictionary and building every proof from stored nodes.
/// </summary>
public class ComputedVectorTests
{
    public static TheoryData<string> Algorithms => new("sha256", "sm3");

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void LeafHashesAndRoots_StoredTree_MatchVectors(string algorithm)
    {
        var (vectors, hasher, tree) = Load(algorithm);

        var leafHashes = Strings(vectors.GetProperty("leaf_hashes"));
        var roots = vectors.GetProperty("roots").EnumerateArray()
            .Select(root => (
                Size: root.GetProperty("tree_size").GetInt64(),
                Root: root.GetProperty("root").GetString()))
            .ToList();

        Assert.Equal(leafHashes, tree.Leaves.Select(leaf => Convert.ToHexStringLower(hasher.HashLeaf(leaf))));
        Assert.Equal(9, roots.Count);
        Assert.All(roots, root => Assert.Equal(root.Root, Hex(tree.Stored.Root(root.Size))));
        Assert.Equal(vectors.GetProperty("empty_tree_root").GetString(), Hex(hasher.EmptyRoot()));
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void InclusionProofs_StoredTree_MatchVectors(string algorithm)
    {
        var (vectors, hasher, tree) = Load(algorithm);
        var verifier = new ProofVerifier(hasher);
        var cases = vectors.GetProperty("inclusion_proofs").EnumerateArray().ToList();

        Assert.Equal(36, cases.Count);
        foreach (var vector in cases)
        {
            var index = vector.GetProperty("leaf_index").GetInt64();
            var size = vector.GetProperty("tree_size").GetInt64();
            var proof = tree.Stored.InclusionProof(index, size);

            Assert.Equal(Strings(vector.GetProperty("proof")), proof.Select(Hex));
            var leafHash = Bytes(vector, "leaf_hash");
            var result = verifier.VerifyInclusion(index, size, leafHash, proof, Bytes(vector, "root"));
            Assert.True(result.IsValid, $"{algorithm} inclusion {index} in {size}: {result}");
        }
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void ConsistencyProofs_StoredTree_MatchVectors(string algorithm)
    {
        var (vectors, hasher, tree) = Load(algorithm);
        var verifier = new ProofVerifier(hasher);
        var cases = vectors.GetProperty("consistency_proofs").EnumerateArray().ToList();

        Assert.Equal(36, cases.Count);
        foreach (var vector in cases)
        {
            var from = vector.GetProperty("size1").GetInt64();
            var to = vector.GetProperty("size2").GetInt64();
            var proof = tree.Stored.ConsistencyProof(from, to);

            Assert.Equal(Strings(vector.GetProperty("proof")), proof.Select(Hex));
            var result = verifier.VerifyConsistency(from, to, proof, Bytes(vector, "root1"), Bytes(vector, "root2"));
            Assert.True(result.IsValid, $"{algorithm} consistency {from} to {to}: {result}");
        }
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void SingleByteLeafRoots_Sizes0To256_MatchVectors(string algorithm)
    {
        var (vectors, hasher, _) = Load(algorithm);
        var expected = Strings(vectors.GetProperty("single_byte_leaves_roots"));
        var tree = new StoredTree(hasher);
        var actual = new List<string> { Hex(tree.Root(0)) };

        for (var i = 0; i < 256; i++)
        {
            tree.Append([(byte)i]);
            actual.Add(Hex(tree.Root(tree.Size)));
        }

        Assert.Equal(257, expected.Count);
        Assert.Equal(expected, actual);
    }

    private static (JsonElement Vectors, MerkleHasher Hasher, (StoredTree Stored, List<byte[]> Leaves) Tree) Load(
        string algorithm)
    {
        var file = TestVectors.ReadJson("merkle", "computed-8leaf-sha256-sm3.json");
        var hasher = MerkleHasher.FromId(algorithm).Value;
        var leaves = Strings(file.GetProperty("leaf_inputs_hex")).Select(Convert.FromHexString).ToList();
        var vectors = file.GetProperty("hashes").GetProperty(algorithm);
        return (vectors, hasher, (StoredTree.FromEntries(hasher, leaves), leaves));
    }

    private static List<string> Strings(JsonElement array) =>
        array.EnumerateArray().Select(item => item.GetString()!).ToList();

    private static byte[] Bytes(JsonElement vector, string name) =>
        Convert.FromHexString(vector.GetProperty(name).GetString()!);

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
