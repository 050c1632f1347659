namespace Zhifa.Infrastructure.Record;

/// <summary>
/// One entry of the log as stored: <see cref="Leaf"/> holds the exact canonical bytes the leaf hash
/// covers. The other columns repeat fields of those bytes so timelines can be queried; verification
/// reads only the bytes.
/// </summary>
public sealed class LedgerEntryRow
{
    public long Index { get; set; }

    public required byte[] Leaf { get; set; }

    public required byte[] LeafHash { get; set; }

    public DateTimeOffset Time { get; set; }

    public required string Actor { get; set; }

    public required string Organisation { get; set; }

    public required string Action { get; set; }

    public required string Subject { get; set; }
}

/// <summary>
/// The payload of an entry: the details of the action, which may hold personal data and so is never
/// served publicly. It is bound to its entry by the SHA-256 in the entry.
/// </summary>
public sealed class LedgerPayloadRow
{
    public long EntryIndex { get; set; }

    public required byte[] Payload { get; set; }
}

/// <summary>The hash of the perfect subtree (level, index): leaves [index·2^level, (index+1)·2^level).</summary>
public sealed class LedgerNodeRow
{
    public int Level { get; set; }

    public long Index { get; set; }

    public required byte[] Hash { get; set; }
}

/// <summary>A signed checkpoint (C2SP signed note) of the tree at <see cref="Size"/> entries, kept for ever.</summary>
public sealed class LedgerCheckpointRow
{
    public long Size { get; set; }

    public required byte[] RootHash { get; set; }

    public required string SignedNote { get; set; }

    public DateTimeOffset SignedAt { get; set; }
}

/// <summary>The log's fixed properties, written once when the log is created.</summary>
public sealed class LedgerInfoRow
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public required string Origin { get; set; }

    public required string HashAlgorithm { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
