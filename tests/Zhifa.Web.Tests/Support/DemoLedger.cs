namespace Zhifa.Web.Tests.Support;

/// <summary>The record a fresh demo deployment starts with.</summary>
public static class DemoLedger
{
    /// <summary>
    /// Entries of the demo load: 8 organisations, 34 list entries, 12 entries of the directory of regulated
    /// entities and 12 users.
    /// </summary>
    public const long DemoEntries = 66;

    /// <summary>Entries after start-up: the demo load, then the 2025 and 2026 holiday notices.</summary>
    public const long StartupEntries = DemoEntries + 2;
}
