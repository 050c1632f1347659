using Zhifa.Domain.Lists;
using Zhifa.Domain.Time;

namespace Zhifa.Web.Lists;

/// <summary>A list entry as the API returns it: the exported columns plus identity, version and state.</summary>
internal sealed record ListItemJson(
    Guid Id,
    int Version,
    DateTimeOffset UpdatedAt,
    Guid OrganisationId,
    IReadOnlyDictionary<string, string> Values,
    string? CertificateState)
{
    public static ListItemJson From(IListDefinition definition, IListItem item, ListContext context, TimeProvider clock) => new(
        item.Id,
        item.Version,
        item.UpdatedAt,
        item.OrganisationId,
        definition.Snapshot(item, context),
        item is Officer officer ? officer.CertificateStateOn(AgencyTime.Today(clock)).ToString() : null);
}

/// <summary>The body of a create or edit request: column name to text, and for an edit the version edited.</summary>
internal sealed record ListWriteRequest(Dictionary<string, string?>? Values, int? Version);
