using System.Text;
using Zhifa.Domain.Record;

namespace Zhifa.Domain.Tests.Record;

public class CheckpointTests
{
    public static TheoryData<string, long, string, string> MarshalCases()
    {
        var data = new TheoryData<string, long, string, string>();
        foreach (var vector in Vectors().GetProperty("marshal").EnumerateArray())
        {
            data.Add(
                vector.GetProperty("origin").GetString()!,
                vector.GetProperty("size").GetInt64(),
                vector.GetProperty("hash_utf8").GetString()!,
                vector.GetProperty("expected").GetString()!);
        }

        return data;
    }

    public static TheoryData<string, bool> UnmarshalCases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var vector in Vectors().GetProperty("unmarshal").EnumerateArray())
        {
            data.Add(vector.GetProperty("input").GetString()!, vector.GetProperty("ok").GetBoolean());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MarshalCases))]
    public void Format_PublishedCase_MatchesText(string origin, long size, string hash, string expected)
    {
        var checkpoint = new Checkpoint(origin, size, Encoding.UTF8.GetBytes(hash));

        Assert.Equal(expected, checkpoint.Format());
    }

    [Theory]
    [MemberData(nameof(UnmarshalCases))]
    public void Parse_PublishedCase_MatchesOutcome(string input, bool isValid)
    {
        var parsed = Checkpoint.Parse(input);

        // Go's parser accepts empty extension lines, but C2SP tlog-checkpoint requires them to be non-empty.
        var expected = isValid && !input.Contains("\n\n", StringComparison.Ordinal);
        Assert.Equal(expected, parsed.IsSuccess);
        if (parsed.IsSuccess)
        {
            Assert.Equal(input, parsed.Value.Format());
        }
        else
        {
            Assert.Equal("record.checkpoint_malformed", parsed.Errors[0].Code);
        }
    }

    [Fact]
    public void Parse_EmptyExtensionLine_IsRejected()
    {
        var parsed = Checkpoint.Parse("Log\n9944\nYmFuYW5hcw==\n\n\n\n");

        Assert.False(parsed.IsSuccess);
        Assert.Contains("extension line is empty", parsed.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Extensions_AreKeptInOrder()
    {
        var parsed = Checkpoint.Parse("Log\n9944\nYmFuYW5hcw==\nlots\nof\nlines\n").Value;

        Assert.Equal(["lots", "of", "lines"], parsed.Extensions);
        Assert.Equal(9944, parsed.Size);
        Assert.Equal("bananas"u8.ToArray(), parsed.RootHash);
    }

    [Theory]
    [InlineData("Log\n0123\nYmFuYW5hcw==\n")]
    [InlineData("Log\n+123\nYmFuYW5hcw==\n")]
    [InlineData("Log\n 123\nYmFuYW5hcw==\n")]
    [InlineData("Log\n9223372036854775808\nYmFuYW5hcw==\n")]
    [InlineData("Log\n123\nYmFu YW5hcw==\n")]
    [InlineData("Log\n123\nYmFuYW5hcx==\n")]
    [InlineData("Log\r\n123\nYmFuYW5hcw==\n")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_NonCanonicalField_IsRejected(string? input)
    {
        var parsed = Checkpoint.Parse(input);

        Assert.False(parsed.IsSuccess);
        Assert.Equal("record.checkpoint_malformed", parsed.Errors[0].Code);
    }

    [Fact]
    public void Parse_RootOfWrongLength_IsRejected()
    {
        var parsed = Checkpoint.Parse("Log\n123\nYmFuYW5hcw==\n", rootHashLength: 32);

        Assert.False(parsed.IsSuccess);
        Assert.Contains("7 bytes", parsed.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SelfGeneratedCheckpoint_HasReferenceRoot()
    {
        var body = NoteVerifierKeyTests.SelfGenerated("checkpoint_ed25519").GetProperty("checkpoint_body").GetString();

        var parsed = Checkpoint.Parse(body, rootHashLength: 32).Value;

        Assert.Equal("example.com/test-ledger", parsed.Origin);
        Assert.Equal(8, parsed.Size);
        Assert.Equal(
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
            Convert.ToHexStringLower(parsed.RootHash));
    }

    [Fact]
    public void Checkpoint_EmptyLog_IsSignedWithEmptyRoot()
    {
        var key = LogKeyPair.Generate("zhifa.example/record");
        var checkpoint = new Checkpoint("zhifa.example/record", 0, MerkleHasher.Sha256.EmptyRoot());

        var note = SignedNote.Parse(SignedNote.Sign(checkpoint.Format(), key).Format()).Value;
        var parsed = Checkpoint.Parse(note.Text, rootHashLength: 32).Value;

        Assert.True(note.Verify([key.VerifierKey]).IsSuccess);
        Assert.Equal("zhifa.example/record\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n", note.Text);
        Assert.Equal(0, parsed.Size);
        Assert.NotEqual(new byte[32], parsed.RootHash);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("a\nb", 1)]
    [InlineData("log", -1)]
    public void Constructor_InvalidField_Throws(string origin, long size)
    {
        Assert.ThrowsAny<ArgumentException>(() => new Checkpoint(origin, size, new byte[32]));
    }

    [Fact]
    public void Constructor_EmptyExtension_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Checkpoint("log", 1, new byte[32], [""]));
    }

    private static System.Text.Json.JsonElement Vectors() =>
        TestVectors.ReadJson("merkle", "signed-note-checkpoint.json").GetProperty("checkpoint_parse_vectors");
}
