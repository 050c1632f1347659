using Zhifa.Domain.Common;

namespace Zhifa.Domain.Record;

/// <summary>Field rules of <see cref="LedgerEntry"/>, shared by encoding and decoding.</summary>
internal static class LedgerEntryRules
{
    public static IReadOnlyList<Error> Check(LedgerEntry entry)
    {
        var errors = new List<Error>();
        if (entry.Index is < 0 or > CanonicalJson.MaxSafeInteger)
        {
            errors.Add(RecordErrors.EntryFieldInvalid("index", $"{entry.Index} is outside 0 to 2^53 - 1."));
        }

        CheckText(errors, "actor", entry.Actor, isRequired: true);
        CheckText(errors, "certificate", entry.Certificate, isRequired: false);
        CheckText(errors, "organisation", entry.Organisation, isRequired: true);
        CheckText(errors, "action", entry.Action, isRequired: true);
        CheckText(errors, "subject", entry.Subject, isRequired: true);
        CheckSha256(errors, "payload_sha256", entry.PayloadSha256);
        if (entry.FileSha256 is null)
        {
            errors.Add(RecordErrors.EntryFieldInvalid("file_sha256", "the list is missing. Use an empty list."));
            return errors;
        }

        foreach (var hash in entry.FileSha256)
        {
            CheckSha256(errors, "file_sha256", hash);
        }

        return errors;
    }

    private static void CheckText(List<Error> errors, string field, string? value, bool isRequired)
    {
        if (value is null || (isRequired && value.Length == 0))
        {
            errors.Add(RecordErrors.EntryFieldInvalid(field, "the value is empty."));
        }
        else if (Utf8Text.IndexOfUnpairedSurrogate(value) >= 0)
        {
            errors.Add(RecordErrors.EntryFieldInvalid(field, "the value has an unpaired surrogate character."));
        }
    }

    private static void CheckSha256(List<Error> errors, string field, string? value)
    {
        var isHash = value is { Length: 64 } && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
        if (!isHash)
        {
            errors.Add(RecordErrors.EntryFieldInvalid(field, $"'{value}' is not 64 lowercase hexadecimal digits."));
        }
    }
}
