using Zhifa.Domain.Record;

namespace Zhifa.Domain.Tests.Record;

public class LogKeyPairTests
{
    [Theory]
    [InlineData("golang-mod-note-peterneumann")]
    public void ParsePrivateKey_GoVector_MatchesVerifierKey(string vectorId)
    {
        var vector = NoteVerifierKeyTests.PublicVector(vectorId);

        var key = LogKeyPair.ParsePrivateKey(vector.GetProperty("skey").GetString()).Value;

        Assert.Equal(vector.GetProperty("vkey").GetString(), key.VerifierKey.Format());
        Assert.Equal(vector.GetProperty("skey").GetString(), key.FormatPrivateKey());
    }

    [Fact]
    public void ParsePrivateKey_SelfGeneratedVector_MatchesSeed()
    {
        var vector = NoteVerifierKeyTests.SelfGenerated("checkpoint_ed25519");

        var key = LogKeyPair.ParsePrivateKey(vector.GetProperty("skey").GetString()).Value;

        var publicKey = Convert.ToHexStringLower(key.VerifierKey.PublicKey);
        Assert.Equal(vector.GetProperty("ed25519_public_hex").GetString(), publicKey);
        Assert.Equal(vector.GetProperty("key_id_hex").GetString(), key.KeyId.ToString("x8", null));
    }

    [Fact]
    public void Generate_NewKey_RoundTripsThroughFileText()
    {
        var key = LogKeyPair.Generate("zhifa.example/record");

        var parsed = LogKeyPair.ParsePrivateKey(key.FormatPrivateKey() + "\n").Value;

        Assert.Equal(key.VerifierKey.Format(), parsed.VerifierKey.Format());
        Assert.Equal(key.Sign("m"u8), parsed.Sign("m"u8));
    }

    [Fact]
    public void Generate_TwoKeys_Differ()
    {
        var first = LogKeyPair.Generate("zhifa.example/record");
        var second = LogKeyPair.Generate("zhifa.example/record");

        Assert.NotEqual(first.VerifierKey.PublicKey, second.VerifierKey.PublicKey);
    }

    [Fact]
    public void ToString_NewKey_HidesPrivateKey()
    {
        var key = LogKeyPair.Generate("zhifa.example/record");
        var secret = key.FormatPrivateKey().Split('+', 5)[4];

        Assert.DoesNotContain(secret, key.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz")]
    [InlineData("PRIVATE+KEY+PeterNeumann+c74f20a4+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz")]
    [InlineData("PRIVATE+KEY+PeterNeumann+c74f20a3+AoEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz")]
    [InlineData("PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDF")]
    [InlineData("PRIVATE+KEY+Peter Neumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz")]
    [InlineData("PRIVATE+KEY+PeterNeumann+c74f20+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz")]
    public void ParsePrivateKey_Malformed_IsRejected(string? text)
    {
        var key = LogKeyPair.ParsePrivateKey(text);

        Assert.False(key.IsSuccess);
        Assert.Equal("record.private_key_invalid", key.Errors[0].Code);
        Assert.DoesNotContain("AYEKFALV", key.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("a+b")]
    public void Generate_InvalidName_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => LogKeyPair.Generate(name));
    }
}
