using Zhifa.Domain.Record;

namespace Zhifa.Domain.Tests.Record;

/// <summary>
/// Proofs built from stored perfect nodes, compared with the RFC 9162 recursive definitions for every index
/// and every pair of sizes up to 300 leaves.
/// </summary>
public class StoredProofTests
{
    private const int MaxSize = 300;

    private static readonly MerkleHasher Hasher = MerkleHasher.Sha256;
    private static readonly Lazy<(StoredTree Stored, MerkleTreeReference Reference)> Trees = new(BuildTrees);

    public static TheoryData<int> Sizes => new(Enumerable.Range(1, MaxSize));

    [Theory]
    [MemberData(nameof(Sizes))]
    public void InclusionProofs_EachIndex_EqualReference(int size)
    {
        var (stored, reference) = Trees.Value;

        for (var index = 0; index < size; index++)
        {
            var plan = TreeMath.InclusionPlan(index, size).Value;
            var proof = ProofBuilder.Build(plan, stored.Nodes, Hasher);

            Assert.All(plan.RequiredNodes, node => Assert.True(node.EndLeaf <= size, $"{node} lies past {size}"));
            Assert.Equal(reference.InclusionProof(index, size), proof);
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void ConsistencyProofs_EachOldSize_EqualReference(int size)
    {
        var (stored, reference) = Trees.Value;

        for (var from = 1; from <= size; from++)
        {
            var plan = TreeMath.ConsistencyPlan(from, size).Value;
            var proof = ProofBuilder.Build(plan, stored.Nodes, Hasher);

            Assert.All(plan.RequiredNodes, node => Assert.True(node.EndLeaf <= size, $"{node} lies past {size}"));
            Assert.Equal(reference.ConsistencyProof(from, size), proof);
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void StoredProofs_EachSize_PassVerifier(int size)
    {
        var (stored, reference) = Trees.Value;
        var verifier = new ProofVerifier(Hasher);
        var root = stored.Root(size);

        for (var index = 0; index < size; index++)
        {
            var inclusion = stored.InclusionProof(index, size);
            Assert.True(verifier.VerifyInclusion(index, size, reference.LeafHash(index), inclusion, root).IsValid);
        }

        for (var from = 1; from <= size; from++)
        {
            var consistency = stored.ConsistencyProof(from, size);
            Assert.True(verifier.VerifyConsistency(from, size, consistency, stored.Root(from), root).IsValid);
        }
    }

    private static (StoredTree, MerkleTreeReference) BuildTrees()
    {
        var entries = Enumerable.Range(0, MaxSize)
            .Select(i => System.Text.Encoding.UTF8.GetBytes($"entry-{i}"))
            .ToList();
        return (StoredTree.FromEntries(Hasher, entries), new MerkleTreeReference(Hasher, entries));
    }
}
