using Zhifa.Domain.Common;

namespace Zhifa.Domain.Record;

/// <summary>The expected failures of the full-process record, with stable codes prefixed <c>record.</c>.</summary>
public static class RecordErrors
{
    public static Error HashAlgorithmUnknown(string? id) =>
        Error.Invalid(
            "record.hash_algorithm_unknown",
            $"The hash algorithm '{id}' is unknown. Use 'sha256' or 'sm3'.");

    public static Error TreeSizeInvalid(long size) =>
        Error.Invalid("record.tree_size_invalid", $"The tree size must be at least 1, but it is {size}.");

    public static Error IndexOutOfRange(long index, long size) =>
        Error.Invalid(
            "record.index_out_of_range",
            $"Leaf index {index} is not in a tree of {size} leaves. It must be from 0 to size - 1.");

    public static Error ConsistencyFromEmpty(long from, long to) =>
        Error.Invalid(
            "record.consistency_from_empty",
            $"A consistency proof from size {from} to {to} proves nothing. The old size must be at least 1.");

    public static Error ConsistencySizesReversed(long from, long to) =>
        Error.Invalid(
            "record.consistency_sizes_reversed",
            $"The old size {from} is larger than the new size {to}, but a log never shrinks.");

    public static Error HashLength(string valueName, int expected, int actual) =>
        Error.Invalid(
            "record.hash_length",
            $"The {valueName} has {actual} bytes, but a hash of this log has {expected}.");

    public static Error ProofTooLong(int length) =>
        Error.Invalid("record.proof_too_long", $"The proof has {length} hashes, more than the sizes allow.");

    public static Error ProofTooShort(int length) =>
        Error.Invalid("record.proof_too_short", $"The proof has {length} hashes, fewer than the sizes need.");

    public static Error ProofNotEmpty(int length) =>
        Error.Invalid(
            "record.proof_not_empty",
            $"Between equal sizes the consistency proof must be empty, but it has {length} hashes.");

    public static Error RootMismatch(string rootName) =>
        Error.Invalid("record.root_mismatch", $"The proof does not lead to the expected {rootName}.");

    public static Error CheckpointMalformed(string reason) =>
        Error.Invalid("record.checkpoint_malformed", $"The checkpoint is malformed: {reason}");

    public static Error NoteMalformed(string reason) =>
        Error.Invalid("record.note_malformed", $"The signed note is malformed: {reason}");

    public static Error NoteKeyInvalid(string reason) =>
        Error.Invalid("record.note_key_invalid", $"The verifier key is invalid: {reason}");

    public static Error NoteKeyUnsupported(byte type) =>
        Error.Invalid(
            "record.note_key_unsupported",
            $"Signature type 0x{type:x2} ({SignatureTypeName(type)}) is not supported. Only Ed25519 (0x01) is.");

    public static Error NoteSignatureInvalid(string keyName) =>
        Error.Invalid(
            "record.note_signature_invalid",
            $"The signature of known key '{keyName}' does not verify, so the note was altered or forged.");

    public static Error NoteUnverified() =>
        Error.Invalid(
            "record.note_unverified",
            "The note has no signature from a known key. Add the log's verifier key or check the origin.");

    public static Error PrivateKeyInvalid(string reason) =>
        Error.Invalid("record.private_key_invalid", $"The private key is invalid: {reason}");

    public static Error EntryMalformed(string reason) =>
        Error.Invalid("record.entry_malformed", $"The entry is malformed: {reason}");

    public static Error EntryFieldInvalid(string field, string reason) =>
        Error.Invalid("record.entry_field_invalid", $"The entry field '{field}' is invalid: {reason}");

    public static Error EntryVersionUnsupported(long version) =>
        Error.Invalid(
            "record.entry_version_unsupported",
            $"Entry format version {version} is not supported. This build reads version {LedgerEntry.FormatVersion}.");

    public static Error EntryNotCanonical() =>
        Error.Invalid(
            "record.entry_not_canonical",
            "The entry is valid JSON but not in RFC 8785 canonical form (key order, spacing, escaping or "
            + "number format differ), so its bytes are not the bytes the log writes.");

    private static string SignatureTypeName(byte type) => type switch
    {
        0x02 => "ECDSA",
        0x04 => "timestamped Ed25519 cosignature",
        0x05 => "RFC 6962 TreeHeadSignature",
        0x06 => "ML-DSA-44 cosignature",
        0xff => "unassigned algorithm",
        _ => "unknown",
    };
}
