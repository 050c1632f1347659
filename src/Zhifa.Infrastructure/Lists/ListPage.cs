using Zhifa.Domain.Lists;

namespace Zhifa.Infrastructure.Lists;

/// <summary>One page of a list as the browse pages and the API show it.</summary>
public sealed record ListPage(IReadOnlyList<IListItem> Items, int Total, int Page, int PageSize);

/// <summary>One version of an entry with the fields that changed from the version before it.</summary>
public sealed record ListVersionView(ListItemVersion Version, IReadOnlyDictionary<string, string> Values,
    IReadOnlyList<FieldChange> Changes);

/// <summary>A field's previous and new value.</summary>
public sealed record FieldChange(string Column, string Previous, string Current);

/// <summary>A row of an imported file, with its line number in the file.</summary>
public sealed record ImportRow(int Line, IReadOnlyDictionary<string, string?> Values);

/// <summary>The outcome of an import: counts when it was applied, every problem when it was not.</summary>
public sealed record ImportReport(int Created, int Updated, int Unchanged, IReadOnlyList<FieldError> Errors)
{
    public bool Applied => Errors.Count == 0;
}
