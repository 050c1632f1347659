namespace Zhifa.Documents.Model;

/// <summary>
/// A two-column table of labelled fields (当事人, 统一社会信用代码, 地址 and so on), printed in row order.
/// </summary>
public sealed record FieldTableBlock(IReadOnlyList<FieldRow> Rows) : DocumentBlock;
