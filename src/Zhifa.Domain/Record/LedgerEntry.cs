using System.Globalization;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Record;

/// <summary>
/// One entry of the full-process record: who did what to which subject, when, under which organisation, and
/// the hashes of the payload and files involved. The leaf of the log is <see cref="Encode"/>'s exact bytes;
/// they are stored as written and never re-serialized, so a serializer change cannot alter a root.
/// </summary>
/// <remarks>
/// Time is an instant in UTC with millisecond precision: setting <see cref="Time"/> converts it to UTC and
/// drops anything below a millisecond, so an entry equals its own decoded bytes. It is written as RFC 3339
/// with exactly three fraction digits and 'Z', for example <c>2025-02-28T23:30:00.000Z</c>.
/// </remarks>
public sealed record LedgerEntry
{
    /// <summary>Value of the <c>v</c> member written by this build and the only one it reads.</summary>
    public const int FormatVersion = 1;

    internal const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>Position of the entry in the log, from 0 to 2^53 − 1.</summary>
    public required long Index { get; init; }

    /// <summary>When the action happened, normalized to UTC whole milliseconds.</summary>
    public required DateTimeOffset Time
    {
        get;
        init => field = TruncateToMilliseconds(value);
    }

    /// <summary>User id (not the name) of the officer or system account that acted.</summary>
    public required string Actor { get; init; }

    /// <summary>Number of the actor's enforcement certificate, or empty when the action needs none.</summary>
    public string Certificate { get; init; } = "";

    /// <summary>Id of the organisation on whose behalf the actor acted.</summary>
    public required string Organisation { get; init; }

    /// <summary>What happened, as a stable dotted name such as <c>list.edited</c>.</summary>
    public required string Action { get; init; }

    /// <summary>What it happened to, such as <c>personnel/&lt;guid&gt;</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>SHA-256 of the action's payload, 64 lowercase hex digits.</summary>
    public required string PayloadSha256 { get; init; }

    /// <summary>SHA-256 of each evidence file, 64 lowercase hex digits each, in the order given.</summary>
    public IReadOnlyList<string> FileSha256 { get; init; } = [];

    /// <summary>Returns the time as written in the entry, e.g. <c>2025-02-28T23:30:00.000Z</c>.</summary>
    public string FormatTime() => Time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// Lists what makes the entry unwritable, each as <c>record.entry_field_invalid</c>: an index outside
    /// 0 to 2^53 − 1, an empty actor, organisation, action or subject, a hash that is not 64 lowercase hex
    /// digits, or a string with an unpaired surrogate. Returns an empty list for a valid entry.
    /// </summary>
    public IReadOnlyList<Error> Validate() => LedgerEntryRules.Check(this);

    /// <summary>
    /// Returns the entry's canonical bytes: RFC 8785 JSON in UTF-8 with the members <c>action</c>,
    /// <c>actor</c>, <c>certificate</c>, <c>file_sha256</c>, <c>index</c>, <c>organisation</c>,
    /// <c>payload_sha256</c>, <c>subject</c>, <c>time</c> and <c>v</c>. Throws
    /// <see cref="InvalidOperationException"/> when <see cref="Validate"/> reports an error, because an
    /// invalid entry must never reach the log.
    /// </summary>
    public byte[] Encode()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The entry cannot be written: {errors[0].Message}");
        }

        return CanonicalJson.Encode(LedgerEntryJson.ToMembers(this));
    }

    /// <summary>
    /// Reads an entry from its bytes and checks they are exactly what <see cref="Encode"/> writes. Invalid JSON
    /// or UTF-8 and a missing, duplicate, unknown or mistyped member fail with <c>record.entry_malformed</c>.
    /// A <c>v</c> other than 1 fails with <c>record.entry_version_unsupported</c>, and field values fail with
    /// <c>record.entry_field_invalid</c> as in <see cref="Validate"/>. Bytes that differ from the canonical
    /// encoding (spacing, member order, escaping, number format) fail with <c>record.entry_not_canonical</c>.
    /// </summary>
    public static Result<LedgerEntry> Decode(ReadOnlySpan<byte> bytes) => LedgerEntryJson.Decode(bytes);

    public bool Equals(LedgerEntry? other) =>
        other is not null
        && Index == other.Index
        && Time == other.Time
        && Actor == other.Actor
        && Certificate == other.Certificate
        && Organisation == other.Organisation
        && Action == other.Action
        && Subject == other.Subject
        && PayloadSha256 == other.PayloadSha256
        && FileSha256.SequenceEqual(other.FileSha256);

    public override int GetHashCode() =>
        HashCode.Combine(Index, Time, Actor, Certificate, Organisation, Action, Subject, PayloadSha256);

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}
