using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Digests;
using Zhifa.Domain.Record;

namespace Zhifa.Domain.Tests.Record;

public class MerkleHasherTests
{
    public static TheoryData<string, string, string, string> KnownAnswers()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var vector in TestVectors.ReadJson("merkle", "rfc6962-known-answers.json")
            .GetProperty("hasher_vectors").EnumerateArray())
        {
            data.Add(
                vector.GetProperty("operation").GetString()!,
                Optional(vector, "input_hex") ?? Optional(vector, "left_hex") ?? "",
                Optional(vector, "right_hex") ?? "",
                vector.GetProperty("expected").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KnownAnswers))]
    public void Sha256_KnownAnswer_Matches(string operation, string firstHex, string secondHex, string expected)
    {
        var hasher = MerkleHasher.Sha256;

        var hash = operation switch
        {
            "empty_root" => hasher.EmptyRoot(),
            "leaf" => hasher.HashLeaf(Convert.FromHexString(firstHex)),
            "node" => hasher.HashChildren(Convert.FromHexString(firstHex), Convert.FromHexString(secondHex)),
            _ => throw new InvalidOperationException($"Unknown hasher vector operation {operation}."),
        };

        Assert.Equal(expected, Convert.ToHexStringLower(hash));
    }

    [Fact]
    public void EmptyRoot_Sha256_IsHashOfEmptyString()
    {
        var root = MerkleHasher.Sha256.EmptyRoot();

        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hex(root));
        Assert.NotEqual(new byte[32], root);
    }

    [Fact]
    public void Sha256_LeafAndNode_UseDistinctPrefixes()
    {
        var left = RandomNumberGenerator.GetBytes(32);
        var right = RandomNumberGenerator.GetBytes(32);

        var leaf = MerkleHasher.Sha256.HashLeaf([.. left, .. right]);
        var node = MerkleHasher.Sha256.HashChildren(left, right);

        Assert.Equal(SHA256.HashData([0x00, .. left, .. right]), leaf);
        Assert.Equal(SHA256.HashData([0x01, .. left, .. right]), node);
        Assert.NotEqual(leaf, node);
    }

    [Fact]
    public void Sm3_StandardExample_BouncyCastleDigestMatches()
    {
        var digest = new SM3Digest();
        var input = Encoding.ASCII.GetBytes("abc");
        var output = new byte[32];

        digest.BlockUpdate(input, 0, input.Length);
        digest.DoFinal(output, 0);

        // GB/T 32905-2016 Appendix A, example 1.
        Assert.Equal("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", Hex(output));
    }

    [Fact]
    public void Sm3_RootLeafAndNode_MatchDigest()
    {
        var hasher = MerkleHasher.Sm3;

        Assert.Equal("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b", Hex(hasher.EmptyRoot()));
        Assert.Equal(Sm3([0x00, .. "abc"u8]), hasher.HashLeaf("abc"u8));
        Assert.Equal(Sm3([0x01, .. "ab"u8, .. "cd"u8]), hasher.HashChildren("ab"u8, "cd"u8));
        Assert.Equal(32, hasher.HashSize);
    }

    [Theory]
    [InlineData("sha256", LogHashAlgorithm.Sha256)]
    [InlineData("sm3", LogHashAlgorithm.Sm3)]
    public void FromId_KnownId_ReturnsHasher(string id, LogHashAlgorithm expected)
    {
        var hasher = MerkleHasher.FromId(id);

        Assert.True(hasher.IsSuccess);
        Assert.Equal(expected, hasher.Value.Algorithm);
        Assert.Equal(id, hasher.Value.AlgorithmId);
    }

    [Theory]
    [InlineData("SHA256")]
    [InlineData("sha-256")]
    [InlineData("")]
    [InlineData(null)]
    public void FromId_UnknownId_IsRejected(string? id)
    {
        var hasher = MerkleHasher.FromId(id);

        Assert.False(hasher.IsSuccess);
        Assert.Equal("record.hash_algorithm_unknown", hasher.Errors[0].Code);
    }

    private static string? Optional(System.Text.Json.JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    private static byte[] Sm3(byte[] input)
    {
        var digest = new SM3Digest();
        var output = new byte[32];
        digest.BlockUpdate(input, 0, input.Length);
        digest.DoFinal(output, 0);
        return output;
    }
}
