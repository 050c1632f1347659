using System.Buffers.Binary;
using System.Text;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Record;

/// <summary>
/// A C2SP signed note: UTF-8 text ending in a newline, a blank line, then one or more signature lines
/// "— name base64(key id ‖ signature)". The text may contain empty lines, because the last empty line of the
/// note separates it from the signatures (C2SP signed-note, "Format").
/// </summary>
public sealed class SignedNote
{
    /// <summary>
    /// Maximum number of signature lines accepted, as in Go's sumdb/note. The spec requires accepting at
    /// least 16.
    /// </summary>
    public const int MaxSignatures = 100;

    private const string SignaturePrefix = "\u2014 ";

    private SignedNote(string text, IReadOnlyList<NoteSignature> signatures)
    {
        Text = text;
        Signatures = signatures;
    }

    /// <summary>The signed text, including its final newline.</summary>
    public string Text { get; }

    public IReadOnlyList<NoteSignature> Signatures { get; }

    /// <summary>
    /// Signs <paramref name="text"/> with the log key. Throws <see cref="ArgumentException"/> when the text
    /// does not end in a newline or contains a control character other than newline.
    /// </summary>
    public static SignedNote Sign(string text, LogKeyPair signer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(signer);
        if (!text.EndsWith('\n') || NoteText.IndexOfForbiddenCharacter(text) >= 0)
        {
            throw new ArgumentException(
                "Note text must end in a newline and contain no control character other than newline.",
                nameof(text));
        }

        var signature = signer.Sign(Utf8Text.Strict.GetBytes(text));
        return new SignedNote(text, [new NoteSignature(signer.Name, signer.KeyId, signature)]);
    }

    /// <summary>
    /// Parses a note from its UTF-8 bytes. Invalid UTF-8 fails with <c>record.note_malformed</c>, and the
    /// rules of <see cref="Parse(string?)"/> apply to valid text.
    /// </summary>
    public static Result<SignedNote> Parse(ReadOnlySpan<byte> utf8)
    {
        string message;
        try
        {
            message = Utf8Text.Strict.GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            return RecordErrors.NoteMalformed("it is not valid UTF-8.");
        }

        return Parse(message);
    }

    /// <summary>
    /// Parses a note. Fails with <c>record.note_malformed</c> when it contains a control character other than
    /// newline, has no empty line before the signatures, has no signature line, does not end in a newline,
    /// has more than <see cref="MaxSignatures"/> signatures, or has a line that is not "— name base64" with a
    /// valid key name and canonical base64 of at least five bytes. Parsing checks no signature.
    /// </summary>
    public static Result<SignedNote> Parse(string? message)
    {
        if (string.IsNullOrEmpty(message) || NoteText.IndexOfForbiddenCharacter(message) >= 0)
        {
            return RecordErrors.NoteMalformed("it is empty or contains a control character other than newline.");
        }

        var split = message.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return RecordErrors.NoteMalformed("no empty line separates the text from the signatures.");
        }

        var block = message[(split + 2)..];
        if (block.Length == 0 || !block.EndsWith('\n'))
        {
            return RecordErrors.NoteMalformed("the signature lines are missing or do not end with a newline.");
        }

        var lines = block[..^1].Split('\n');
        if (lines.Length > MaxSignatures)
        {
            return RecordErrors.NoteMalformed(
                $"it has {lines.Length} signatures, more than the maximum of {MaxSignatures}.");
        }

        return ParseSignatureLines(message[..(split + 1)], lines);
    }

    /// <summary>Returns the note as sent: the text, an empty line, then every signature line.</summary>
    public string Format() => Text + "\n" + string.Concat(Signatures.Select(signature => signature.FormatLine()));

    /// <summary>
    /// Verifies the note against the keys the caller trusts and returns the keys whose signatures verified.
    /// Signatures whose name and key id do not both match a known key are ignored. A known key whose
    /// signature fails rejects the whole note (<c>record.note_signature_invalid</c>), and a note without a
    /// verified signature is rejected (<c>record.note_unverified</c>), as C2SP signed-note "Signatures" requires.
    /// </summary>
    public Result<IReadOnlyList<NoteVerifierKey>> Verify(IEnumerable<NoteVerifierKey> knownKeys)
    {
        ArgumentNullException.ThrowIfNull(knownKeys);

        var keys = knownKeys.ToArray();
        var message = Utf8Text.Strict.GetBytes(Text);
        var verified = new List<NoteVerifierKey>();
        foreach (var signature in Signatures)
        {
            var key = Array.Find(keys, k => k.Name == signature.KeyName && k.KeyId == signature.KeyId);
            if (key is null)
            {
                continue;
            }

            if (!key.Verify(message, signature.Signature))
            {
                return RecordErrors.NoteSignatureInvalid(key.Name);
            }

            if (!verified.Contains(key))
            {
                verified.Add(key);
            }
        }

        return verified.Count == 0 ? RecordErrors.NoteUnverified() : verified;
    }

    private static Result<SignedNote> ParseSignatureLines(string text, string[] lines)
    {
        var signatures = new List<NoteSignature>();
        foreach (var line in lines)
        {
            var signature = ParseSignatureLine(line);
            if (signature is null)
            {
                return RecordErrors.NoteMalformed($"'{Shorten(line)}' is not a signature line '— name base64'.");
            }

            signatures.Add(signature);
        }

        return new SignedNote(text, signatures);
    }

    private static NoteSignature? ParseSignatureLine(string line)
    {
        if (!line.StartsWith(SignaturePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = line[SignaturePrefix.Length..];
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return null;
        }

        var name = rest[..space];
        if (!NoteText.IsValidKeyName(name) || !StrictBase64.TryDecode(rest[(space + 1)..], out var bytes))
        {
            return null;
        }

        // Four bytes of key id and at least one byte of signature.
        return bytes.Length < 5
            ? null
            : new NoteSignature(name, BinaryPrimitives.ReadUInt32BigEndian(bytes), bytes[4..]);
    }

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";
}
