using Zhifa.Domain.Common;
using Zhifa.Domain.Lists;

namespace Zhifa.Infrastructure.Lists;

/// <summary>Reads and maintains one of the five lists, scoped to what the actor may see.</summary>
public interface IListRepository
{
    IListDefinition Definition { get; }

    Task<ListPage> QueryAsync(Actor actor, string? search, int page, int pageSize, CancellationToken ct);

    /// <summary>Every entry the actor may see, in key order, for export.</summary>
    Task<IReadOnlyList<IListItem>> AllAsync(Actor actor, CancellationToken ct);

    /// <summary>Entries of the organisations given, without a signed-in user, for the public portal.</summary>
    Task<IReadOnlyList<IListItem>> PublicAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken ct);

    Task<IListItem?> FindAsync(Actor actor, Guid id, CancellationToken ct);

    Task<IReadOnlyList<ListVersionView>> HistoryAsync(Actor actor, Guid id, CancellationToken ct);

    /// <summary>Creates an entry; returns the field problems or the error that refused it.</summary>
    Task<ListWriteResult> CreateAsync(Actor actor, IReadOnlyDictionary<string, string?> values, CancellationToken ct);

    /// <summary>Edits an entry that is still at <paramref name="expectedVersion"/>; a later version is a conflict.</summary>
    Task<ListWriteResult> UpdateAsync(
        Actor actor,
        Guid id,
        int expectedVersion,
        IReadOnlyDictionary<string, string?> values,
        CancellationToken ct);

    /// <summary>Validates every row; applies all of them in one transaction only when none has a problem.</summary>
    Task<ImportReport> ImportAsync(Actor actor, IReadOnlyList<ImportRow> rows, CancellationToken ct);

    ListContext ContextFor(Actor actor);
}

/// <summary>The outcome of a create or edit: the entry, or field problems, or an error.</summary>
public sealed record ListWriteResult(IListItem? Item, IReadOnlyList<FieldError> FieldErrors, Error? Error)
{
    public static ListWriteResult Saved(IListItem item) => new(item, [], null);

    public static ListWriteResult Invalid(IReadOnlyList<FieldError> errors) => new(null, errors, null);

    public static ListWriteResult Refused(Error error) => new(null, [], error);
}
