namespace Zhifa.Domain.Lists;

/// <summary>One of the five lists: its columns and how entries are read, validated and written.</summary>
public interface IListDefinition
{
    ListKind Kind { get; }

    /// <summary>The list's name in URLs and file names, such as "personnel".</summary>
    string Slug { get; }

    string TitleZh { get; }

    string TitleEn { get; }

    Type ItemType { get; }

    /// <summary>Whether the portal publishes the list; the directory of regulated entities is kept internal.</summary>
    bool IsPublished { get; }

    /// <summary>The columns in file order; the first is the organisation, the business key comes next.</summary>
    IReadOnlyList<ColumnInfo> Columns { get; }

    string KeyColumn { get; }

    IListItem CreateNew();

    /// <summary>
    /// Writes <paramref name="values"/> (column name to raw text) into <paramref name="item"/> and
    /// returns every problem found, each with <paramref name="line"/>. Missing columns are left as they
    /// are on an existing entry and are required on a new one. The item must be discarded when any
    /// problem is returned.
    /// </summary>
    IReadOnlyList<FieldError> Apply(
        IReadOnlyDictionary<string, string?> values,
        IListItem item,
        bool isNew,
        ListContext context,
        int line);

    /// <summary>The entry as column name to text, the form of exports, forms and version snapshots.</summary>
    IReadOnlyDictionary<string, string> Snapshot(IListItem item, ListContext context);
}

/// <summary>What callers outside the domain need to know of a column.</summary>
public sealed record ColumnInfo(
    string Name,
    string HeaderZh,
    string HeaderEn,
    bool IsRequired,
    int MaxLength,
    bool IsNumeric,
    bool IsLongText,
    IReadOnlyList<(string Value, string Zh, string En)>? Choices);
