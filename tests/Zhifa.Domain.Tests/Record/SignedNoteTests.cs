using System.Text;
using Zhifa.Domain.Record;

namespace Zhifa.Domain.Tests.Record;

public class SignedNoteTests
{
    private const string PeterVkey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private const string EnochVkey = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";

    public static TheoryData<string> MalformedMessages() => new(
        NoteVerifierKeyTests.PublicVector("golang-mod-note-malformed").GetProperty("messages").EnumerateArray()
            .Select(message => message.GetString()!));

    public static TheoryData<int> OpenCases() =>
        new(Enumerable.Range(0, EnochOpenCases().GetArrayLength()));

    [Fact]
    public void Verify_SpecExample_IsValid()
    {
        var vector = NoteVerifierKeyTests.PublicVector("c2sp-signed-note-example");
        var key = NoteVerifierKey.Parse(vector.GetProperty("vkey").GetString()).Value;

        var note = SignedNote.Parse(vector.GetProperty("signed_note").GetString()).Value;

        Assert.Equal(vector.GetProperty("note_text").GetString(), note.Text);
        Assert.Equal([key], note.Verify([key]).Value);
    }

    [Fact]
    public void Sign_GoVectorKey_ReproducesSignatureLine()
    {
        var vector = NoteVerifierKeyTests.PublicVector("golang-mod-note-peterneumann");
        var key = LogKeyPair.ParsePrivateKey(vector.GetProperty("skey").GetString()).Value;

        var note = SignedNote.Sign(vector.GetProperty("note_text").GetString()!, key);

        Assert.Equal(vector.GetProperty("expected_signature_line").GetString(), note.Signatures[0].FormatLine());
        Assert.Equal(vector.GetProperty("expected_signed_note").GetString(), note.Format());
    }

    [Fact]
    public void Sign_SelfGeneratedCheckpoint_ReproducesSignedNote()
    {
        var vector = NoteVerifierKeyTests.SelfGenerated("checkpoint_ed25519");
        var key = LogKeyPair.FromSeed(
            vector.GetProperty("origin_and_key_name").GetString()!,
            Convert.FromHexString(vector.GetProperty("ed25519_seed_hex").GetString()!));

        var note = SignedNote.Sign(vector.GetProperty("checkpoint_body").GetString()!, key);

        Assert.Equal(vector.GetProperty("signed_checkpoint").GetString(), note.Format());
        Assert.Equal(vector.GetProperty("vkey").GetString(), key.VerifierKey.Format());
    }

    [Fact]
    public void Verify_CosignedCheckpoint_IgnoresWitnessLine()
    {
        var vector = NoteVerifierKeyTests.SelfGenerated("checkpoint_ed25519");
        var key = NoteVerifierKey.Parse(vector.GetProperty("vkey").GetString()).Value;
        var cosigned = NoteVerifierKeyTests.SelfGenerated("cosignature_v1_ed25519")
            .GetProperty("cosigned_checkpoint")
            .GetString();

        var note = SignedNote.Parse(cosigned).Value;

        Assert.Equal(2, note.Signatures.Count);
        Assert.Equal([key], note.Verify([key]).Value);
    }

    [Theory]
    [MemberData(nameof(OpenCases))]
    public void Verify_GoOpenCase_MatchesExpectation(int caseNumber)
    {
        var openCase = EnochOpenCases()[caseNumber];
        var known = new Dictionary<string, NoteVerifierKey>
        {
            ["PeterNeumann"] = NoteVerifierKey.Parse(PeterVkey).Value,
            ["EnochRoot"] = NoteVerifierKey.Parse(EnochVkey).Value,
        };
        var keys = openCase.GetProperty("known_keys")
            .EnumerateArray()
            .Select(name => known[name.GetString()!])
            .ToList();
        var expected = openCase.GetProperty("expected").GetString()!;

        var result = SignedNote.Parse(openCase.GetProperty("message").GetString()).Value.Verify(keys);

        if (expected.StartsWith("valid", StringComparison.Ordinal))
        {
            Assert.Equal(keys, result.Value);
        }
        else
        {
            var code = expected.Contains("known key", StringComparison.Ordinal)
                ? "record.note_signature_invalid"
                : "record.note_unverified";
            Assert.Equal(code, result.Errors[0].Code);
        }
    }

    [Theory]
    [MemberData(nameof(MalformedMessages))]
    public void Parse_PublishedMalformedNote_IsRejected(string message)
    {
        var note = SignedNote.Parse(message);

        Assert.False(note.IsSuccess);
        Assert.Equal("record.note_malformed", note.Errors[0].Code);
    }

    [Fact]
    public void Parse_InvalidUtf8_IsRejected()
    {
        var valid = NoteVerifierKeyTests.PublicVector("c2sp-signed-note-example")
            .GetProperty("signed_note")
            .GetString()!;
        byte[] bytes = [0xff, .. Encoding.UTF8.GetBytes(valid)];

        var note = SignedNote.Parse(bytes.AsSpan());

        Assert.Equal("record.note_malformed", note.Errors[0].Code);
    }

    [Fact]
    public void Parse_TooManySignatures_IsRejected()
    {
        var vector = NoteVerifierKeyTests.PublicVector("golang-mod-note-peterneumann");
        var line = vector.GetProperty("expected_signature_line").GetString();
        var text = vector.GetProperty("note_text").GetString();

        var atLimit = SignedNote.Parse(text + "\n" + string.Concat(Enumerable.Repeat(line, 100)));
        var overLimit = SignedNote.Parse(text + "\n" + string.Concat(Enumerable.Repeat(line, 101)));

        Assert.True(atLimit.IsSuccess);
        Assert.Equal("record.note_malformed", overLimit.Errors[0].Code);
    }

    [Fact]
    public void Parse_TextWithEmptyLine_KeepsEmptyLine()
    {
        const string text = "Ognuno sta solo sul cuor della terra\n"
            + "trafitto da un raggio di sole:\n\ned è subito sera.\n";
        const string message = text + "\n— quasimodo.example/salvatore "
            + "NnugSzTjtVAewIS+Z/iJhUPeFDkO/5QQ2i5ddnGITLlC+EhfLW9oJKONrMouFSQU0xMcXxj99ihAQwaqP3ZekRwNtIc=\n";

        var note = SignedNote.Parse(message).Value;

        Assert.Equal(text, note.Text);
        Assert.Equal("quasimodo.example/salvatore", Assert.Single(note.Signatures).KeyName);
        Assert.Equal(message, note.Format());
    }

    [Fact]
    public void SignAndVerify_NewKey_RoundTrips()
    {
        var key = LogKeyPair.Generate("zhifa.example/record");
        var checkpoint = new Checkpoint("zhifa.example/record", 17, MerkleHasher.Sha256.HashLeaf("x"u8));

        var sent = SignedNote.Sign(checkpoint.Format(), key).Format();
        var received = SignedNote.Parse(Encoding.UTF8.GetBytes(sent).AsSpan()).Value;

        Assert.Equal([key.VerifierKey], received.Verify([key.VerifierKey]).Value);
        Assert.Equal(17, Checkpoint.Parse(received.Text, 32).Value.Size);
    }

    [Fact]
    public void Verify_TamperedSignature_IsRejected()
    {
        var key = LogKeyPair.Generate("zhifa.example/record");
        var note = SignedNote.Sign("zhifa.example/record\n3\n" + Convert.ToBase64String(new byte[32]) + "\n", key);
        var signature = note.Signatures[0];
        var bytes = (byte[])signature.Signature.Clone();
        bytes[10] ^= 0x01;
        var tampered = note.Text + "\n" + (signature with { Signature = bytes }).FormatLine();

        var result = SignedNote.Parse(tampered).Value.Verify([key.VerifierKey]);

        Assert.Equal("record.note_signature_invalid", result.Errors[0].Code);
    }

    [Fact]
    public void Verify_TamperedText_IsRejected()
    {
        var key = LogKeyPair.Generate("zhifa.example/record");
        var body = "zhifa.example/record\n3\n" + Convert.ToBase64String(new byte[32]) + "\n";
        var sent = SignedNote.Sign(body, key).Format();
        var tampered = sent.Replace("\n3\n", "\n4\n", StringComparison.Ordinal);

        var result = SignedNote.Parse(tampered).Value.Verify([key.VerifierKey]);

        Assert.Equal("record.note_signature_invalid", result.Errors[0].Code);
    }

    [Fact]
    public void Verify_SameNameOtherKey_IsUnverified()
    {
        var signer = LogKeyPair.Generate("zhifa.example/record");
        var impostor = LogKeyPair.Generate("zhifa.example/record");
        var note = SignedNote.Sign("text\n", signer);

        var result = note.Verify([impostor.VerifierKey]);

        Assert.Equal("record.note_unverified", result.Errors[0].Code);
    }

    [Fact]
    public void Verify_EcdsaSignedNote_IsNotAccepted()
    {
        var vector = NoteVerifierKeyTests.PublicVector("ecdsa-note-rekor");

        var note = SignedNote.Parse(vector.GetProperty("signed_note").GetString()).Value;
        var key = NoteVerifierKey.Parse(vector.GetProperty("vkey").GetString());

        Assert.Equal("record.note_key_unsupported", key.Errors[0].Code);
        Assert.Equal("record.note_unverified", note.Verify([]).Errors[0].Code);
    }

    private static System.Text.Json.JsonElement EnochOpenCases() =>
        NoteVerifierKeyTests.PublicVector("golang-mod-note-enochroot").GetProperty("open_cases");

    [Theory]
    [InlineData("no final newline")]
    [InlineData("tab\tinside\n")]
    public void Sign_InvalidText_Throws(string text)
    {
        var key = LogKeyPair.Generate("zhifa.example/record");

        Assert.Throws<ArgumentException>(() => SignedNote.Sign(text, key));
    }
}
