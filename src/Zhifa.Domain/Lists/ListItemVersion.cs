namespace Zhifa.Domain.Lists;

/// <summary>
/// One state of a list entry, written in the same transaction as the change and never updated.
/// <see cref="Snapshot"/> is the entry as a JSON object of column name to text, the same form an
/// export writes, so two versions compare field by field.
/// </summary>
public sealed class ListItemVersion
{
    public long Id { get; set; }

    public ListKind List { get; set; }

    public Guid ItemId { get; set; }

    public Guid OrganisationId { get; set; }

    public int Number { get; set; }

    public ListChangeKind Change { get; set; }

    public Guid? ChangedByUserId { get; set; }

    public required string ChangedByName { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string Snapshot { get; set; }
}

/// <summary>How a version came about.</summary>
public enum ListChangeKind
{
    Created,
    Edited,
    Imported,
    Seeded,
}
