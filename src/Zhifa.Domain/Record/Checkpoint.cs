using System.Globalization;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Record;

/// <summary>
/// The body of a C2SP tlog-checkpoint: the log's origin, its tree size and the root hash at that size, then
/// optional extension lines. A signed checkpoint is a <see cref="SignedNote"/> whose text is
/// <see cref="Format"/>.
/// </summary>
public sealed class Checkpoint
{
    private readonly byte[] _rootHash;

    /// <summary>
    /// Creates a checkpoint. Throws <see cref="ArgumentException"/> for an empty origin, a negative size, an
    /// empty root hash, or an origin or extension line that is empty or contains a newline or another
    /// control character (tlog-checkpoint "Note text").
    /// </summary>
    public Checkpoint(string origin, long size, byte[] rootHash, IReadOnlyList<string>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(rootHash);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ThrowIfNotALine(origin, nameof(origin));
        if (rootHash.Length == 0)
        {
            throw new ArgumentException("The root hash is empty.", nameof(rootHash));
        }

        foreach (var extension in extensions ?? [])
        {
            ThrowIfNotALine(extension, nameof(extensions));
        }

        Origin = origin;
        Size = size;
        _rootHash = (byte[])rootHash.Clone();
        Extensions = extensions?.ToArray() ?? [];
    }

    /// <summary>The log's unique identity, a schema-less URL by recommendation, and the log's key name.</summary>
    public string Origin { get; }

    public long Size { get; }

    /// <summary>A copy of the root hash at <see cref="Size"/>.</summary>
    public byte[] RootHash => (byte[])_rootHash.Clone();

    /// <summary>Extension lines after the root. Monitors cannot audit them, so the log writes none.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>Returns the note text: origin, decimal size and base64 root, each ending in a newline.</summary>
    public string Format()
    {
        var lines = new[] { Origin, Size.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(_rootHash) }
            .Concat(Extensions);
        return string.Concat(lines.Select(line => line + "\n"));
    }

    /// <summary>
    /// Parses checkpoint text. It must end in a newline and have at least three lines: a non-empty origin,
    /// the size in decimal digits without leading zeros (at most <see cref="long.MaxValue"/>), and the root in
    /// canonical padded base64. Extension lines must not be empty, because an empty line would split the
    /// signed note. When <paramref name="rootHashLength"/> is given, a root of any other length is rejected.
    /// Failures carry <c>record.checkpoint_malformed</c>.
    /// </summary>
    public static Result<Checkpoint> Parse(string? text, int? rootHashLength = null)
    {
        if (string.IsNullOrEmpty(text) || !text.EndsWith('\n'))
        {
            return RecordErrors.CheckpointMalformed("the text must end with a newline.");
        }

        if (NoteText.IndexOfForbiddenCharacter(text) >= 0)
        {
            return RecordErrors.CheckpointMalformed("the text contains a control character other than newline.");
        }

        var lines = text[..^1].Split('\n');
        if (lines.Length < 3)
        {
            return RecordErrors.CheckpointMalformed("it needs an origin, a size and a root hash line.");
        }

        return ParseLines(lines, rootHashLength);
    }

    private static Result<Checkpoint> ParseLines(string[] lines, int? rootHashLength)
    {
        if (lines[0].Length == 0)
        {
            return RecordErrors.CheckpointMalformed("the origin line is empty.");
        }

        if (!TryParseSize(lines[1], out var size))
        {
            return RecordErrors.CheckpointMalformed(
                $"the size '{lines[1]}' is not a decimal number from 0 to {long.MaxValue} without leading zeros.");
        }

        if (!StrictBase64.TryDecode(lines[2], out var root))
        {
            return RecordErrors.CheckpointMalformed("the root hash is not canonical padded base64.");
        }

        if (rootHashLength is { } expected && root.Length != expected)
        {
            return RecordErrors.CheckpointMalformed($"the root hash has {root.Length} bytes, not {expected}.");
        }

        var extensions = lines[3..];
        if (extensions.Any(line => line.Length == 0))
        {
            return RecordErrors.CheckpointMalformed("an extension line is empty.");
        }

        return new Checkpoint(lines[0], size, root, extensions);
    }

    private static bool TryParseSize(string text, out long size)
    {
        size = 0;
        if (text.Length == 0 || !text.All(char.IsAsciiDigit) || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out size);
    }

    private static void ThrowIfNotALine(string line, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(line, parameterName);
        if (line.Contains('\n', StringComparison.Ordinal) || NoteText.IndexOfForbiddenCharacter(line) >= 0)
        {
            throw new ArgumentException(
                "A checkpoint line must not contain a newline or a control character.",
                parameterName);
        }
    }
}
