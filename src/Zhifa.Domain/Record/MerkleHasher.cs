using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Digests;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Record;

/// <summary>
/// Hashes leaves and interior nodes of an RFC 9162 Merkle tree (RFC 9162 §2.1.1). Leaves are hashed as
/// H(0x00 ‖ data) and nodes as H(0x01 ‖ left ‖ right), so an interior node can never be presented as a leaf
/// (second-preimage protection). Instances are immutable and thread-safe.
/// </summary>
public sealed class MerkleHasher
{
    private const byte LeafPrefix = 0x00;
    private const byte NodePrefix = 0x01;

    private MerkleHasher(LogHashAlgorithm algorithm)
    {
        Algorithm = algorithm;

        // SHA-256 and SM3 both give 256-bit digests, but a future algorithm may not.
        HashSize = 32;
    }

    /// <summary>The SHA-256 hasher, the default for new logs.</summary>
    public static MerkleHasher Sha256 { get; } = new(LogHashAlgorithm.Sha256);

    /// <summary>The SM3 hasher (BouncyCastle <c>SM3Digest</c>).</summary>
    public static MerkleHasher Sm3 { get; } = new(LogHashAlgorithm.Sm3);

    public LogHashAlgorithm Algorithm { get; }

    /// <summary>Stable identifier of the algorithm, as stored with the log: <c>sha256</c> or <c>sm3</c>.</summary>
    public string AlgorithmId => Algorithm switch
    {
        LogHashAlgorithm.Sha256 => "sha256",
        LogHashAlgorithm.Sm3 => "sm3",
        _ => throw new InvalidOperationException($"Unknown hash algorithm {Algorithm}."),
    };

    /// <summary>Digest length in bytes: 32 for both SHA-256 and SM3.</summary>
    public int HashSize { get; }

    /// <summary>Returns the hasher for an algorithm. Throws for a value outside the enum.</summary>
    public static MerkleHasher For(LogHashAlgorithm algorithm) => algorithm switch
    {
        LogHashAlgorithm.Sha256 => Sha256,
        LogHashAlgorithm.Sm3 => Sm3,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown hash algorithm."),
    };

    /// <summary>
    /// Finds the hasher for a stored identifier. Only the exact lowercase identifiers <c>sha256</c> and
    /// <c>sm3</c> are accepted, and anything else fails with <c>record.hash_algorithm_unknown</c>.
    /// </summary>
    public static Result<MerkleHasher> FromId(string? id) => id switch
    {
        "sha256" => Sha256,
        "sm3" => Sm3,
        _ => RecordErrors.HashAlgorithmUnknown(id),
    };

    /// <summary>Returns the root of the empty tree, H("") (RFC 9162 §2.1.1), never a block of zero bytes.</summary>
    public byte[] EmptyRoot() => Digest([], [], []);

    /// <summary>Returns the leaf hash H(0x00 ‖ data) of one log entry's exact bytes.</summary>
    public byte[] HashLeaf(ReadOnlySpan<byte> data) => Digest([LeafPrefix], data, []);

    /// <summary>Returns the interior node hash H(0x01 ‖ left ‖ right).</summary>
    public byte[] HashChildren(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) =>
        Digest([NodePrefix], left, right);

    private byte[] Digest(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second) =>
        Algorithm == LogHashAlgorithm.Sm3
            ? Sm3Digest(prefix, first, second)
            : Sha256Digest(prefix, first, second);

    private static byte[] Sha256Digest(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(prefix);
        hash.AppendData(first);
        hash.AppendData(second);
        return hash.GetHashAndReset();
    }

    private static byte[] Sm3Digest(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        var digest = new SM3Digest();
        digest.BlockUpdate(prefix);
        digest.BlockUpdate(first);
        digest.BlockUpdate(second);
        var result = new byte[digest.GetDigestSize()];
        digest.DoFinal(result, 0);
        return result;
    }
}
