namespace Zhifa.Domain.Lists;

/// <summary>
/// A problem with one value of a list entry, from a form or from one cell of an imported file.
/// <see cref="Line"/> is the 1-based line of the file (the header is line 1), or 0 for a form.
/// </summary>
public sealed record FieldError(int Line, string Column, string Value, string Code, string Message);
