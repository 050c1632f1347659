using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Record;

/// <summary>
/// The log's Ed25519 signing key for checkpoints, with its name. The private key file contains the text of
/// <see cref="FormatPrivateKey"/>: <c>PRIVATE+KEY+name+hex key id+base64(0x01 ‖ 32-byte seed)</c>, the form
/// Go's sumdb/note package reads. <see cref="ToString"/> never shows the seed.
/// </summary>
public sealed class LogKeyPair
{
    private const string PrivateKeyPrefix = "PRIVATE+KEY+";
    private const int SeedSize = 32;
    private readonly byte[] _seed;
    private readonly Ed25519PrivateKeyParameters _privateKey;

    private LogKeyPair(string name, byte[] seed)
    {
        _seed = seed;
        _privateKey = new Ed25519PrivateKeyParameters(seed);
        VerifierKey = NoteVerifierKey.FromEd25519(name, _privateKey.GeneratePublicKey().GetEncoded());
    }

    public string Name => VerifierKey.Name;

    public uint KeyId => VerifierKey.KeyId;

    /// <summary>The public half, to publish as a verifier key string.</summary>
    public NoteVerifierKey VerifierKey { get; }

    /// <summary>
    /// Generates a key pair from the operating system's cryptographic random generator. Throws
    /// <see cref="ArgumentException"/> for an invalid key name (empty, with white space or '+').
    /// </summary>
    public static LogKeyPair Generate(string name) => FromSeed(name, RandomNumberGenerator.GetBytes(SeedSize));

    /// <summary>
    /// Creates a key pair from a 32-byte RFC 8032 seed. Throws <see cref="ArgumentException"/> for an invalid
    /// key name or a seed of another length.
    /// </summary>
    public static LogKeyPair FromSeed(string name, ReadOnlySpan<byte> seed)
    {
        if (!NoteText.IsValidKeyName(name))
        {
            throw new ArgumentException("A key name must be non-empty, without spaces or '+'.", nameof(name));
        }

        if (seed.Length != SeedSize)
        {
            throw new ArgumentException($"An Ed25519 seed has {SeedSize} bytes.", nameof(seed));
        }

        return new LogKeyPair(name, seed.ToArray());
    }

    /// <summary>
    /// Parses the private key file content. Fails with <c>record.private_key_invalid</c> when the prefix,
    /// name, key id or base64 is malformed, the type is not Ed25519, the seed is not 32 bytes, or the key id
    /// does not match the key. Messages never contain key material.
    /// </summary>
    public static Result<LogKeyPair> ParsePrivateKey(string? text)
    {
        var trimmed = (text ?? "").TrimEnd('\n');
        if (!trimmed.StartsWith(PrivateKeyPrefix, StringComparison.Ordinal))
        {
            return RecordErrors.PrivateKeyInvalid("it must start with 'PRIVATE+KEY+'.");
        }

        // The rest is name+keyid+base64, and the base64 field may itself contain '+'.
        var fields = trimmed[PrivateKeyPrefix.Length..].Split('+', 3);
        if (fields.Length != 3 || !NoteText.IsValidKeyName(fields[0]))
        {
            return RecordErrors.PrivateKeyInvalid("expected 'PRIVATE+KEY+name+keyid+base64key' with a valid name.");
        }

        if (!NoteText.TryParseKeyId(fields[1], out var keyId))
        {
            return RecordErrors.PrivateKeyInvalid("the key id must be exactly 8 hexadecimal digits.");
        }

        return FromTypedSeed(fields[0], keyId, fields[2]);
    }

    /// <summary>Returns the private key file content, which the caller must store as a secret.</summary>
    public string FormatPrivateKey() =>
        $"{PrivateKeyPrefix}{Name}+{KeyId:x8}+{Convert.ToBase64String([NoteVerifierKey.Ed25519Type, .. _seed])}";

    /// <summary>Returns the 64-byte Ed25519 signature (RFC 8032 §5.1.6) of the message.</summary>
    public byte[] Sign(ReadOnlySpan<byte> message)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, _privateKey);
        signer.BlockUpdate(message);
        return signer.GenerateSignature();
    }

    public override string ToString() => $"LogKeyPair {VerifierKey.Format()}";

    private static Result<LogKeyPair> FromTypedSeed(string name, uint keyId, string base64)
    {
        if (!StrictBase64.TryDecode(base64, out var typedSeed)
            || typedSeed.Length != SeedSize + 1
            || typedSeed[0] != NoteVerifierKey.Ed25519Type)
        {
            return RecordErrors.PrivateKeyInvalid(
                "the key must be canonical base64 of 0x01 and a 32-byte Ed25519 seed.");
        }

        var pair = new LogKeyPair(name, typedSeed[1..]);
        return pair.KeyId == keyId
            ? pair
            : RecordErrors.PrivateKeyInvalid("the key id does not match the key.");
    }
}
