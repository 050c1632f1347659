using Zhifa.Domain.Common;

namespace Zhifa.Domain.Record;

/// <summary>
/// Checks inclusion and consistency proofs with the algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2. It shares
/// no code with the prover except the hasher, so a planning bug cannot hide itself. Invalid input and
/// invalid proofs give an invalid <see cref="VerificationResult"/>, and only null arguments throw.
/// </summary>
/// <remarks>
/// Policies beyond the RFC follow the transparency-dev/merkle verifier and its test data. A consistency
/// check from size 0 is rejected, even from 0 to 0. Equal sizes need an empty proof and equal roots. Every
/// hash, root and proof element must have the hasher's length. A null proof counts as empty, because a
/// one-leaf tree's inclusion proof is empty.
/// </remarks>
public sealed class ProofVerifier
{
    private readonly MerkleHasher _hasher;

    public ProofVerifier(MerkleHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        _hasher = hasher;
    }

    /// <summary>
    /// Verifies that <paramref name="leafHash"/> is leaf <paramref name="index"/> of the tree of
    /// <paramref name="size"/> leaves whose root is <paramref name="root"/> (RFC 9162 §2.1.3.2).
    /// </summary>
    public VerificationResult VerifyInclusion(
        long index,
        long size,
        byte[] leafHash,
        IReadOnlyList<byte[]>? proof,
        byte[] root)
    {
        ArgumentNullException.ThrowIfNull(leafHash);
        ArgumentNullException.ThrowIfNull(root);
        proof ??= [];

        if (index < 0 || index >= size)
        {
            return VerificationResult.Invalid(RecordErrors.IndexOutOfRange(index, size));
        }

        var lengthError = CheckLength("leaf hash", leafHash)
            ?? CheckLength("root", root)
            ?? CheckProofLengths(proof);
        if (lengthError is not null)
        {
            return lengthError;
        }

        var computed = RecomputeInclusionRoot(index, size, leafHash, proof);
        if (computed.Error is not null)
        {
            return VerificationResult.Invalid(computed.Error);
        }

        return computed.Root!.AsSpan().SequenceEqual(root)
            ? VerificationResult.Valid
            : VerificationResult.Invalid(RecordErrors.RootMismatch("root"));
    }

    /// <summary>
    /// Verifies that the tree of <paramref name="from"/> leaves with root <paramref name="fromRoot"/> is a
    /// prefix of the tree of <paramref name="to"/> leaves with root <paramref name="toRoot"/>
    /// (RFC 9162 §2.1.4.2).
    /// </summary>
    public VerificationResult VerifyConsistency(
        long from,
        long to,
        IReadOnlyList<byte[]>? proof,
        byte[] fromRoot,
        byte[] toRoot)
    {
        ArgumentNullException.ThrowIfNull(fromRoot);
        ArgumentNullException.ThrowIfNull(toRoot);
        proof ??= [];

        var inputError = CheckConsistencyInput(from, to, proof, fromRoot, toRoot);
        if (inputError is not null)
        {
            return inputError;
        }

        if (from == to)
        {
            return fromRoot.AsSpan().SequenceEqual(toRoot)
                ? VerificationResult.Valid
                : VerificationResult.Invalid(RecordErrors.RootMismatch("new root (the sizes are equal)"));
        }

        return CheckConsistencyPath(from, to, proof, fromRoot, toRoot);
    }

    private VerificationResult? CheckConsistencyInput(
        long from,
        long to,
        IReadOnlyList<byte[]> proof,
        byte[] fromRoot,
        byte[] toRoot)
    {
        if (from < 1)
        {
            return VerificationResult.Invalid(RecordErrors.ConsistencyFromEmpty(from, to));
        }

        if (from > to)
        {
            return VerificationResult.Invalid(RecordErrors.ConsistencySizesReversed(from, to));
        }

        var lengthError = CheckLength("old root", fromRoot)
            ?? CheckLength("new root", toRoot)
            ?? CheckProofLengths(proof);
        if (lengthError is not null)
        {
            return lengthError;
        }

        if (from == to && proof.Count != 0)
        {
            return VerificationResult.Invalid(RecordErrors.ProofNotEmpty(proof.Count));
        }

        // RFC 9162 §2.1.4.2 step 1: between different sizes an empty proof fails.
        return from < to && proof.Count == 0
            ? VerificationResult.Invalid(RecordErrors.ProofTooShort(0))
            : null;
    }

    // RFC 9162 §2.1.3.2 steps 2 to 5, except the final comparison with the expected root.
    private (byte[]? Root, Error? Error) RecomputeInclusionRoot(
        long index,
        long size,
        byte[] leafHash,
        IReadOnlyList<byte[]> proof)
    {
        var fn = index;
        var sn = size - 1;
        var r = leafHash;
        foreach (var p in proof)
        {
            if (sn == 0)
            {
                return (null, RecordErrors.ProofTooLong(proof.Count));
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = _hasher.HashChildren(p, r);
                (fn, sn) = ShiftWhileEvenAndNonZero(fn, sn);
            }
            else
            {
                r = _hasher.HashChildren(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 ? (r, null) : (null, RecordErrors.ProofTooShort(proof.Count));
    }

    // RFC 9162 §2.1.4.2 steps 2 to 7 for 0 < from < to and a non-empty proof.
    private VerificationResult CheckConsistencyPath(
        long from,
        long to,
        IReadOnlyList<byte[]> proof,
        byte[] fromRoot,
        byte[] toRoot)
    {
        // Step 2: when the old tree is a perfect subtree, the proof omits its root because the verifier has it.
        var path = long.IsPow2(from) ? [fromRoot, .. proof] : proof.ToArray();
        var fn = from - 1;
        var sn = to - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        var fr = path[0];
        var sr = path[0];
        foreach (var c in path.Skip(1))
        {
            if (sn == 0)
            {
                return VerificationResult.Invalid(RecordErrors.ProofTooLong(proof.Count));
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                fr = _hasher.HashChildren(c, fr);
                sr = _hasher.HashChildren(c, sr);
                (fn, sn) = ShiftWhileEvenAndNonZero(fn, sn);
            }
            else
            {
                sr = _hasher.HashChildren(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return CompareConsistencyRoots(sn, proof.Count, fr, sr, fromRoot, toRoot);
    }

    private static VerificationResult CompareConsistencyRoots(
        long sn,
        int proofLength,
        byte[] fr,
        byte[] sr,
        byte[] fromRoot,
        byte[] toRoot)
    {
        if (sn != 0)
        {
            return VerificationResult.Invalid(RecordErrors.ProofTooShort(proofLength));
        }

        if (!fr.AsSpan().SequenceEqual(fromRoot))
        {
            return VerificationResult.Invalid(RecordErrors.RootMismatch("old root"));
        }

        return sr.AsSpan().SequenceEqual(toRoot)
            ? VerificationResult.Valid
            : VerificationResult.Invalid(RecordErrors.RootMismatch("new root"));
    }

    // The RFC's "if LSB(fn) is not set, right-shift fn and sn equally until LSB(fn) is set or fn is 0".
    // An odd fn is left alone.
    private static (long Fn, long Sn) ShiftWhileEvenAndNonZero(long fn, long sn)
    {
        while ((fn & 1) == 0 && fn != 0)
        {
            fn >>= 1;
            sn >>= 1;
        }

        return (fn, sn);
    }

    private VerificationResult? CheckLength(string valueName, byte[] hash) =>
        hash.Length == _hasher.HashSize
            ? null
            : VerificationResult.Invalid(RecordErrors.HashLength(valueName, _hasher.HashSize, hash.Length));

    private VerificationResult? CheckProofLengths(IReadOnlyList<byte[]> proof)
    {
        for (var i = 0; i < proof.Count; i++)
        {
            var length = proof[i]?.Length ?? 0;
            if (length != _hasher.HashSize)
            {
                return VerificationResult.Invalid(
                    RecordErrors.HashLength($"proof hash at position {i}", _hasher.HashSize, length));
            }
        }

        return null;
    }
}
