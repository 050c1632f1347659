using Zhifa.Domain.Common;

namespace Zhifa.Infrastructure.Lists;

/// <summary>The errors of list maintenance that are not about a single value.</summary>
public static class ListErrors
{
    public static Error NotFound(string list, Guid id) =>
        Error.NotFound("list.not_found", $"No entry {id} in the {list} list that you may see.");

    public static Error NotMaintainer() =>
        Error.Forbidden("list.not_maintainer", "Only the legal affairs office or a system administrator maintains the lists.");

    public static Error StaleVersion(int expected, int actual) =>
        Error.Conflict(
            "list.stale_version",
            $"Someone saved this entry after you opened it (you edited version {expected}, it is now {actual}); reload and edit again.");

    public static Error DuplicateKey(string key) =>
        Error.Conflict("list.duplicate_key", $"An entry with the key {key} exists already; edit that entry instead.");
}
