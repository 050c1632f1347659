namespace Zhifa.Domain.Lists;

/// <summary>
/// An entry of one of the five lists. The current state lives in the item's own table; every state it
/// ever had is kept as a <see cref="ListItemVersion"/>, so an edit never loses the previous value.
/// </summary>
public interface IListItem
{
    Guid Id { get; set; }

    /// <summary>The enforcement body the entry belongs to; it decides who may see and edit it.</summary>
    Guid OrganisationId { get; set; }

    /// <summary>The business key, unique within the list (a certificate number, a matter code).</summary>
    string Key { get; }

    /// <summary>The number of the latest version; also the optimistic concurrency token of edits.</summary>
    int Version { get; set; }

    DateTimeOffset UpdatedAt { get; set; }
}
