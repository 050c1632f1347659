namespace Zhifa.Domain.Lists;

/// <summary>
/// What validation of a list entry needs to know beyond the entry: the organisations by code that the
/// user may write to, and every organisation's code for display.
/// </summary>
public sealed class ListContext
{
    public required IReadOnlyDictionary<string, Guid> WritableOrganisationsByCode { get; init; }

    public required IReadOnlyDictionary<Guid, string> OrganisationCodes { get; init; }
}
