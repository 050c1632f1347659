using System.Globalization;
using System.Text.Json;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Record;

/// <summary>Maps <see cref="LedgerEntry"/> to its JSON members and reads it back strictly.</summary>
internal static class LedgerEntryJson
{
    private static readonly string[] MemberNames =
    [
        "action", "actor", "certificate", "file_sha256", "index", "organisation", "payload_sha256", "subject",
        "time", "v",
    ];

    public static Dictionary<string, object?> ToMembers(LedgerEntry entry) => new()
    {
        ["index"] = entry.Index,
        ["time"] = entry.FormatTime(),
        ["actor"] = entry.Actor,
        ["certificate"] = entry.Certificate,
        ["organisation"] = entry.Organisation,
        ["action"] = entry.Action,
        ["subject"] = entry.Subject,
        ["payload_sha256"] = entry.PayloadSha256,
        ["file_sha256"] = entry.FileSha256.Cast<object?>().ToArray(),
        ["v"] = (long)LedgerEntry.FormatVersion,
    };

    public static Result<LedgerEntry> Decode(ReadOnlySpan<byte> bytes)
    {
        var members = ReadMembers(bytes);
        if (!members.IsSuccess)
        {
            return Result<LedgerEntry>.Failure(members.Errors);
        }

        var entry = ToEntry(members.Value);
        if (!entry.IsSuccess)
        {
            return entry;
        }

        var errors = entry.Value.Validate();
        if (errors.Count > 0)
        {
            return Result<LedgerEntry>.Failure(errors);
        }

        var canonical = CanonicalJson.Encode(ToMembers(entry.Value));
        return canonical.AsSpan().SequenceEqual(bytes) ? entry : RecordErrors.EntryNotCanonical();
    }

    private static Result<Dictionary<string, JsonElement>> ReadMembers(ReadOnlySpan<byte> bytes)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(bytes.ToArray());
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            return RecordErrors.EntryMalformed($"the bytes are not valid UTF-8 JSON ({exception.Message}).");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return RecordErrors.EntryMalformed("the JSON value is not an object.");
        }

        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!members.TryAdd(property.Name, property.Value))
            {
                return RecordErrors.EntryMalformed($"the member '{property.Name}' appears twice.");
            }
        }

        return members;
    }

    private static Result<LedgerEntry> ToEntry(Dictionary<string, JsonElement> members)
    {
        // The version decides which members exist, so it is checked before the member names.
        if (!members.TryGetValue("v", out var version) || ReadInteger(version) is not { } versionNumber)
        {
            return RecordErrors.EntryMalformed("the integer member 'v' (format version) is missing.");
        }

        if (versionNumber != LedgerEntry.FormatVersion)
        {
            return RecordErrors.EntryVersionUnsupported(versionNumber);
        }

        var unknown = members.Keys.FirstOrDefault(name => !MemberNames.Contains(name, StringComparer.Ordinal));
        if (unknown is not null)
        {
            return RecordErrors.EntryMalformed($"the member '{unknown}' is not part of format version 1.");
        }

        var missing = MemberNames.FirstOrDefault(name => !members.ContainsKey(name));
        return missing is not null
            ? RecordErrors.EntryMalformed($"the member '{missing}' is missing.")
            : ReadFields(members);
    }

    private static Result<LedgerEntry> ReadFields(Dictionary<string, JsonElement> members)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in MemberNames.Except(["index", "file_sha256", "v"]))
        {
            if (ReadString(members[name]) is not { } text)
            {
                return RecordErrors.EntryMalformed($"the member '{name}' must be a string.");
            }

            strings[name] = text;
        }

        if (ReadInteger(members["index"]) is not { } index)
        {
            return RecordErrors.EntryMalformed("the member 'index' must be an integer.");
        }

        if (!TryParseTime(strings["time"], out var time))
        {
            return RecordErrors.EntryFieldInvalid(
                "time",
                $"'{strings["time"]}' is not a UTC time of the form 2025-02-28T23:30:00.000Z.");
        }

        var files = ReadStringArray(members["file_sha256"]);
        if (files is null)
        {
            return RecordErrors.EntryMalformed("the member 'file_sha256' must be an array of strings.");
        }

        return new LedgerEntry
        {
            Index = index,
            Time = time,
            Actor = strings["actor"],
            Certificate = strings["certificate"],
            Organisation = strings["organisation"],
            Action = strings["action"],
            Subject = strings["subject"],
            PayloadSha256 = strings["payload_sha256"],
            FileSha256 = files,
        };
    }

    // Reads any JSON number with an integral value, so that 42.0 or 4.2e1 is reported as non-canonical rather
    // than as a wrong type. Values beyond ±(2^53 - 1) are rejected because a double cannot hold them exactly.
    private static long? ReadInteger(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            return null;
        }

        if (element.TryGetInt64(out var integer))
        {
            return integer;
        }

        var number = element.GetDouble();
        return double.IsInteger(number) && Math.Abs(number) <= CanonicalJson.MaxSafeInteger ? (long)number : null;
    }

    private static string? ReadString(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            // An escaped unpaired surrogate such as "\ud800" is valid JSON syntax but not Unicode text.
            return null;
        }
    }

    private static string[]? ReadStringArray(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var items = new List<string>();
        foreach (var item in element.EnumerateArray())
        {
            if (ReadString(item) is not { } text)
            {
                return null;
            }

            items.Add(text);
        }

        return [.. items];
    }

    private static bool TryParseTime(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(
            text,
            LedgerEntry.TimeFormat,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out time);
}
