using System.Text.Json;
using Zhifa.Domain.Record;

namespace Zhifa.Domain.Tests.Record;

public class NoteVerifierKeyTests
{
    private const string PeterVkey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";

    public static TheoryData<string> Ed25519Vkeys() => new(
        PublicVector("c2sp-signed-note-example").GetProperty("vkey").GetString()!,
        PublicVector("golang-mod-note-peterneumann").GetProperty("vkey").GetString()!,
        PublicVector("golang-mod-note-enochroot").GetProperty("vkey").GetString()!,
        SelfGenerated("checkpoint_ed25519").GetProperty("vkey").GetString()!);

    public static TheoryData<string> BadVkeys() =>
        new(PublicVector("golang-mod-bad-vkeys").GetProperty("must_fail").EnumerateArray().Select(e => e.GetString()!));

    public static TheoryData<string, byte> UnsupportedVkeys() => new()
    {
        { PublicVector("ecdsa-note-rekor").GetProperty("vkey").GetString()!, 0x02 },
        { PublicVector("ecdsa-note-pixel").GetProperty("vkey").GetString()!, 0x02 },
        { PublicVector("static-ct-vkey").GetProperty("vkey").GetString()!, 0x05 },
        { SelfGenerated("cosignature_v1_ed25519").GetProperty("vkey").GetString()!, 0x04 },
    };

    [Theory]
    [MemberData(nameof(Ed25519Vkeys))]
    public void Parse_Ed25519Vkey_RoundTripsWithMatchingKeyId(string vkey)
    {
        var key = NoteVerifierKey.Parse(vkey);

        Assert.True(key.IsSuccess, key.IsSuccess ? "" : key.Errors[0].Message);
        Assert.Equal(vkey, key.Value.Format());
        Assert.Equal(NoteVerifierKey.ComputeKeyId(key.Value.Name, key.Value.PublicKey), key.Value.KeyId);
    }

    [Fact]
    public void ComputeKeyId_SelfGeneratedKey_MatchesVector()
    {
        var vector = SelfGenerated("checkpoint_ed25519");

        var keyId = NoteVerifierKey.ComputeKeyId(
            vector.GetProperty("origin_and_key_name").GetString()!,
            Convert.FromHexString(vector.GetProperty("ed25519_public_hex").GetString()!));

        Assert.Equal(vector.GetProperty("key_id_hex").GetString(), keyId.ToString("x8", null));
    }

    [Theory]
    [MemberData(nameof(BadVkeys))]
    public void Parse_PublishedBadVkey_IsRejected(string vkey)
    {
        Assert.False(NoteVerifierKey.Parse(vkey).IsSuccess);
    }

    [Theory]
    [MemberData(nameof(UnsupportedVkeys))]
    public void Parse_OtherSignatureType_IsReportedUnsupported(string vkey, byte type)
    {
        var key = NoteVerifierKey.Parse(vkey);

        Assert.False(key.IsSuccess);
        Assert.Equal("record.note_key_unsupported", key.Errors[0].Code);
        Assert.Contains($"0x{type:x2}", key.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EveryProperSubstring_IsRejected()
    {
        for (var start = 0; start < PeterVkey.Length; start++)
        {
            for (var end = start; end <= PeterVkey.Length; end++)
            {
                if (end - start == PeterVkey.Length)
                {
                    continue;
                }

                var substring = PeterVkey[start..end];
                Assert.False(NoteVerifierKey.Parse(substring).IsSuccess, $"'{substring}' was accepted");
            }
        }
    }

    [Fact]
    public void Parse_EverySingleCharacterIncrement_IsRejected()
    {
        for (var i = 0; i < PeterVkey.Length; i++)
        {
            var changed = PeterVkey[..i] + (char)(PeterVkey[i] + 1) + PeterVkey[(i + 1)..];

            Assert.False(NoteVerifierKey.Parse(changed).IsSuccess, $"'{changed}' was accepted");
        }
    }

    [Fact]
    public void Parse_PointNotOnCurve_IsRejected()
    {
        // y = 2 has no x on edwards25519, so these bytes are not a public key.
        byte[] notAPoint = [0x02, .. new byte[31]];
        var keyId = NoteVerifierKey.ComputeKeyId("test", notAPoint);
        var vkey = $"test+{keyId:x8}+{Convert.ToBase64String([0x01, .. notAPoint])}";

        var key = NoteVerifierKey.Parse(vkey);

        Assert.Equal("record.note_key_invalid", key.Errors[0].Code);
    }

    internal static JsonElement PublicVector(string id) =>
        TestVectors.ReadJson("merkle", "signed-note-checkpoint.json").GetProperty("public_vectors").EnumerateArray()
            .Single(vector => vector.GetProperty("id").GetString() == id);

    internal static JsonElement SelfGenerated(string name) =>
        TestVectors.ReadJson("merkle", "signed-note-checkpoint.json").GetProperty("self_generated").GetProperty(name);
}
