using System.Security.Cryptography;
using System.Text;
using Zhifa.Domain.Record;

namespace Zhifa.Domain.Tests.Record;

public class ProofVerifierTests
{
    private const int ActionCount = 17;

    private static readonly MerkleHasher Hasher = MerkleHasher.Sha256;
    private static readonly ProofVerifier Verifier = new(Hasher);
    private static readonly List<byte[]> Actions = Enumerable.Range(1, ActionCount)
        .Select(i => Encoding.UTF8.GetBytes($"action-{i}"))
        .ToList();

    private static readonly StoredTree ActionTree = StoredTree.FromEntries(Hasher, Actions);
    private static readonly MerkleTreeReference ActionReference = new(Hasher, Actions);

    public static TheoryData<int, int> SizePairs()
    {
        var pairs = new TheoryData<int, int>();
        for (var to = 2; to <= ActionCount; to++)
        {
            for (var from = 1; from < to; from++)
            {
                pairs.Add(from, to);
            }
        }

        return pairs;
    }

    public static TheoryData<int, int> IndexesOfEachSize()
    {
        var cases = new TheoryData<int, int>();
        for (var size = 1; size <= ActionCount; size++)
        {
            foreach (var index in new[] { 0, size / 2, size - 1 }.Distinct())
            {
                cases.Add(index, size);
            }
        }

        return cases;
    }

    // Small trees and power-of-two boundaries are where a consistency prover once stepped above the root.
    [Theory]
    [MemberData(nameof(SizePairs))]
    public void Consistency_SmallTreePair_VerifiesAgainstReferenceRoots(int from, int to)
    {
        var proof = ActionTree.ConsistencyProof(from, to);

        var result = Verifier.VerifyConsistency(from, to, proof, ActionReference.Root(from), ActionReference.Root(to));

        Assert.True(result.IsValid, result.ToString());
    }

    [Theory]
    [MemberData(nameof(SizePairs))]
    public void Consistency_AnyByteFlipped_IsRejected(int from, int to)
    {
        var proof = ActionTree.ConsistencyProof(from, to);

        for (var element = 0; element < proof.Count; element++)
        {
            for (var position = 0; position < proof[element].Length; position++)
            {
                var tampered = proof.Select(hash => (byte[])hash.Clone()).ToList();
                tampered[element][position] ^= 0xFF;

                var result = Verifier.VerifyConsistency(
                    from,
                    to,
                    tampered,
                    ActionReference.Root(from),
                    ActionReference.Root(to));

                Assert.False(result.IsValid, $"byte {position} of element {element} flipped was accepted");
            }
        }
    }

    [Theory]
    [InlineData(1, 2, 1)]
    [InlineData(2, 4, 1)]
    [InlineData(3, 4, 3)]
    [InlineData(3, 7, 4)]
    [InlineData(4, 7, 1)]
    [InlineData(6, 7, 3)]
    [InlineData(4, 8, 1)]
    [InlineData(15, 16, 5)]
    [InlineData(16, 17, 1)]
    [InlineData(1, 17, 5)]
    public void Consistency_SizePair_HasExpectedLength(int from, int to, int length)
    {
        Assert.Equal(length, ActionTree.ConsistencyProof(from, to).Count);
    }

    [Fact]
    public void Consistency_OneToTwo_IsSecondLeafHash()
    {
        var proof = ActionTree.ConsistencyProof(1, 2);

        Assert.Equal(Hasher.HashLeaf("action-2"u8), Assert.Single(proof));
    }

    [Theory]
    [InlineData(1, "e4f9ded40f14b458bcb03afd8ace3a0bb95fb10338e178b41157e66136e84179")]
    [InlineData(2, "7c4bb15b163466a573d7e3153c4aa84f0ffae1a055e877195a3c575fd5a66d77")]
    public void Root_SmallActionTree_MatchesGolden(int size, string expected)
    {
        Assert.Equal(expected, Convert.ToHexStringLower(ActionTree.Root(size)));
        Assert.Equal(expected, Convert.ToHexStringLower(ActionReference.Root(size)));
    }

    [Fact]
    public void Consistency_FromEmptyTree_IsRejected()
    {
        var empty = Hasher.EmptyRoot();

        var toFive = Verifier.VerifyConsistency(0, 5, [], empty, ActionTree.Root(5));
        var toEmpty = Verifier.VerifyConsistency(0, 0, [], empty, empty);

        Assert.Equal("record.consistency_from_empty", toFive.Error?.Code);
        Assert.Equal("record.consistency_from_empty", toEmpty.Error?.Code);
    }

    [Fact]
    public void Consistency_EqualSizesWithOneHash_IsRejected()
    {
        var root = ActionTree.Root(5);

        var result = Verifier.VerifyConsistency(5, 5, [root], root, root);

        Assert.Equal("record.proof_not_empty", result.Error?.Code);
    }

    [Fact]
    public void Consistency_OldSizeLarger_IsRejected()
    {
        var proof = ActionTree.ConsistencyProof(5, 7);

        var result = Verifier.VerifyConsistency(7, 5, proof, ActionTree.Root(7), ActionTree.Root(5));

        Assert.Equal("record.consistency_sizes_reversed", result.Error?.Code);
    }

    [Fact]
    public void Consistency_EqualSizesEmptyProof_IsAccepted()
    {
        var root = ActionTree.Root(5);

        Assert.True(Verifier.VerifyConsistency(5, 5, [], root, root).IsValid);
        Assert.True(Verifier.VerifyConsistency(5, 5, null, root, root).IsValid);
    }

    [Fact]
    public void Consistency_EqualSizesDifferentRoots_IsRejected()
    {
        var result = Verifier.VerifyConsistency(5, 5, [], ActionTree.Root(5), ActionTree.Root(6));

        Assert.Equal("record.root_mismatch", result.Error?.Code);
    }

    [Fact]
    public void Consistency_EmptyProofBetweenSizes_IsRejected()
    {
        var result = Verifier.VerifyConsistency(3, 5, [], ActionTree.Root(3), ActionTree.Root(5));

        Assert.Equal("record.proof_too_short", result.Error?.Code);
    }

    [Fact]
    public void EmptyTree_Root_IsSha256OfNothing()
    {
        Assert.Equal(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            Convert.ToHexStringLower(new StoredTree(Hasher).Root(0)));
    }

    [Theory]
    [MemberData(nameof(IndexesOfEachSize))]
    public void Inclusion_FirstMiddleLast_Verifies(int index, int size)
    {
        var proof = ActionTree.InclusionProof(index, size);

        var leaf = ActionReference.LeafHash(index);

        var result = Verifier.VerifyInclusion(index, size, leaf, proof, ActionReference.Root(size));

        Assert.True(result.IsValid, result.ToString());
    }

    [Theory]
    [MemberData(nameof(IndexesOfEachSize))]
    public void Inclusion_OneHashTooLongOrShort_IsRejected(int index, int size)
    {
        var proof = ActionTree.InclusionProof(index, size).ToList();
        var leaf = ActionReference.LeafHash(index);
        var root = ActionReference.Root(size);

        var tooLong = Verifier.VerifyInclusion(index, size, leaf, [.. proof, root], root);

        Assert.Equal("record.proof_too_long", tooLong.Error?.Code);
        if (proof.Count > 0)
        {
            var tooShort = Verifier.VerifyInclusion(index, size, leaf, proof[..^1], root);
            Assert.Equal("record.proof_too_short", tooShort.Error?.Code);
        }
    }

    [Fact]
    public void Inclusion_OneLeafTree_HasEmptyProof()
    {
        var tree = StoredTree.FromEntries(Hasher, [[]]);
        var root = tree.Root(1);

        var proof = tree.InclusionProof(0, 1);

        Assert.Empty(proof);
        Assert.Equal(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            Convert.ToHexStringLower(root));
        Assert.True(Verifier.VerifyInclusion(0, 1, Hasher.HashLeaf([]), null, root).IsValid);
        Assert.True(Verifier.VerifyInclusion(0, 1, Hasher.HashLeaf([]), [], root).IsValid);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(6, 5)]
    [InlineData(-1, 5)]
    [InlineData(0, 0)]
    public void Inclusion_IndexOutsideTree_IsRejected(long index, long size)
    {
        var result = Verifier.VerifyInclusion(index, size, Hasher.HashLeaf([]), [], Hasher.EmptyRoot());

        Assert.Equal("record.index_out_of_range", result.Error?.Code);
    }

    [Fact]
    public void Inclusion_ShortRoot_IsRejectedByLength()
    {
        var result = Verifier.VerifyInclusion(0, 1, Hasher.HashLeaf([]), [], new byte[31]);

        Assert.Equal("record.hash_length", result.Error?.Code);
    }

    [Fact]
    public void Inclusion_NullProofElement_IsRejectedByLength()
    {
        var result = Verifier.VerifyInclusion(0, 2, ActionReference.LeafHash(0), [null!], ActionReference.Root(2));

        Assert.Equal("record.hash_length", result.Error?.Code);
    }

    // Without the 0x00 and 0x01 prefixes, a log holding the two leaf hashes as one entry would share a root
    // with the two-entry log.
    [Fact]
    public void Inclusion_InteriorNodeAsLeaf_IsRejected()
    {
        var logA = StoredTree.FromEntries(Hasher, ["a"u8.ToArray(), "b"u8.ToArray()]);
        byte[] concatenated = [.. SHA256.HashData([0x00, .. "a"u8]), .. SHA256.HashData([0x00, .. "b"u8])];
        var logB = StoredTree.FromEntries(Hasher, [concatenated]);

        var forged = Verifier.VerifyInclusion(0, 1, Hasher.HashLeaf(concatenated), [], logA.Root(2));

        Assert.NotEqual(logA.Root(2), logB.Root(1));
        Assert.False(forged.IsValid);
        Assert.Equal(SHA256.HashData([0x01, .. concatenated]), logA.Root(2));
        Assert.Equal(SHA256.HashData([0x00, .. concatenated]), logB.Root(1));
    }
}
