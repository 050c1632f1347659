namespace Zhifa.Domain.Lists;

/// <summary>
/// One column of a list: how the value is shown and exported, and how it is read back from a form or a
/// file. Forms, imports and exports all go through the same column, so they validate alike.
/// </summary>
public sealed class ListColumn<T>
    where T : IListItem
{
    public required string Name { get; init; }

    public required string HeaderZh { get; init; }

    public required string HeaderEn { get; init; }

    public bool IsRequired { get; init; }

    /// <summary>Longest text accepted, counted in Unicode code points, as PostgreSQL counts varchar.</summary>
    public int MaxLength { get; init; } = 200;

    /// <summary>Whether the value is a number, exported as a numeric cell rather than text.</summary>
    public bool IsNumeric { get; init; }

    /// <summary>Whether the value is long text, edited in a text area.</summary>
    public bool IsLongText { get; init; }

    /// <summary>Allowed values for a choice, as (stored text, Chinese label, English label).</summary>
    public IReadOnlyList<(string Value, string Zh, string En)>? Choices { get; init; }

    public required Func<T, string> Read { get; init; }

    /// <summary>Stores a trimmed, non-empty value; returns the reason it was refused, or null.</summary>
    public required Func<T, string, ColumnProblem?> Write { get; init; }

    /// <summary>Resets the value when the cell is empty and the column is optional.</summary>
    public Action<T>? Clear { get; init; }
}

/// <summary>Why a value was refused: a stable code and an English message naming the fix.</summary>
public sealed record ColumnProblem(string Code, string Message);
