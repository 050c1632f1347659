using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Record;

/// <summary>
/// An Ed25519 verifier key of a C2SP signed note, in text form <c>name+hex key id+base64(0x01 ‖ public key)</c>.
/// Only signature type 0x01 (Ed25519) is supported.
/// </summary>
public sealed class NoteVerifierKey
{
    /// <summary>Signature type byte of Ed25519 note signatures (C2SP signed-note, "Signature types").</summary>
    public const byte Ed25519Type = 0x01;

    private const int PublicKeySize = 32;
    private readonly byte[] _publicKey;

    private NoteVerifierKey(string name, byte[] publicKey)
    {
        Name = name;
        _publicKey = publicKey;
        KeyId = ComputeKeyId(name, publicKey);
    }

    public string Name { get; }

    /// <summary>First four bytes, big-endian, of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key).</summary>
    public uint KeyId { get; }

    /// <summary>A copy of the 32-byte Ed25519 public key (RFC 8032 encoding).</summary>
    public byte[] PublicKey => (byte[])_publicKey.Clone();

    /// <summary>
    /// Creates a verifier key from a name and a 32-byte public key. Throws <see cref="ArgumentException"/>
    /// for an invalid name (empty, with white space or '+') or a key of another length.
    /// </summary>
    public static NoteVerifierKey FromEd25519(string name, ReadOnlySpan<byte> publicKey)
    {
        if (!NoteText.IsValidKeyName(name))
        {
            throw new ArgumentException("A key name must be non-empty, without spaces or '+'.", nameof(name));
        }

        if (publicKey.Length != PublicKeySize)
        {
            throw new ArgumentException($"An Ed25519 public key has {PublicKeySize} bytes.", nameof(publicKey));
        }

        return new NoteVerifierKey(name, publicKey.ToArray());
    }

    /// <summary>
    /// Parses a verifier key string. Fails with <c>record.note_key_unsupported</c> for any signature type but
    /// Ed25519, and with <c>record.note_key_invalid</c> for a bad name, a key id that is not 8 hex digits or
    /// does not match the key, non-canonical base64, or a key that is not a 32-byte Ed25519 point.
    /// </summary>
    public static Result<NoteVerifierKey> Parse(string? text)
    {
        // The base64 field may itself contain '+', so split into at most three fields.
        var fields = (text ?? "").Split('+', 3);
        if (fields.Length != 3)
        {
            return RecordErrors.NoteKeyInvalid("expected 'name+keyid+base64key'.");
        }

        if (!NoteText.IsValidKeyName(fields[0]))
        {
            return RecordErrors.NoteKeyInvalid("the key name is empty or contains white space or a control character.");
        }

        if (!NoteText.TryParseKeyId(fields[1], out var keyId))
        {
            return RecordErrors.NoteKeyInvalid("the key id must be exactly 8 hexadecimal digits.");
        }

        if (!StrictBase64.TryDecode(fields[2], out var typedKey) || typedKey.Length < 2)
        {
            return RecordErrors.NoteKeyInvalid("the key is not canonical padded base64 of a type byte and a key.");
        }

        return FromTypedKey(fields[0], keyId, typedKey);
    }

    /// <summary>Returns the verifier key string, <c>name+hex key id+base64(0x01 ‖ public key)</c>.</summary>
    public string Format() =>
        $"{Name}+{KeyId:x8}+{Convert.ToBase64String([Ed25519Type, .. _publicKey])}";

    /// <summary>Returns true when <paramref name="signature"/> is a valid Ed25519 signature of the message.</summary>
    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        var verifier = new Ed25519Signer();
        verifier.Init(false, new Ed25519PublicKeyParameters(_publicKey));
        verifier.BlockUpdate(message);
        return verifier.VerifySignature(signature.ToArray());
    }

    /// <summary>Computes an Ed25519 key id: SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key)[:4], read big-endian.</summary>
    public static uint ComputeKeyId(string name, ReadOnlySpan<byte> publicKey)
    {
        ArgumentNullException.ThrowIfNull(name);
        byte[] input = [.. Encoding.UTF8.GetBytes(name), 0x0A, Ed25519Type, .. publicKey];
        return BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(input));
    }

    private static Result<NoteVerifierKey> FromTypedKey(string name, uint keyId, byte[] typedKey)
    {
        if (typedKey[0] != Ed25519Type)
        {
            return RecordErrors.NoteKeyUnsupported(typedKey[0]);
        }

        var publicKey = typedKey[1..];
        if (publicKey.Length != PublicKeySize || !IsEd25519Point(publicKey))
        {
            return RecordErrors.NoteKeyInvalid("the Ed25519 public key must be a valid 32-byte point.");
        }

        var key = new NoteVerifierKey(name, publicKey);
        return key.KeyId == keyId
            ? key
            : RecordErrors.NoteKeyInvalid($"the key id {keyId:x8} does not match the key, which has {key.KeyId:x8}.");
    }

    private static bool IsEd25519Point(byte[] publicKey)
    {
        try
        {
            _ = new Ed25519PublicKeyParameters(publicKey);
            return true;
        }
        catch (ArgumentException)
        {
            // BouncyCastle decodes the point eagerly and rejects bytes that are not on the curve.
            return false;
        }
    }
}
