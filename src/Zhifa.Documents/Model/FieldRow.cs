namespace Zhifa.Documents.Model;

/// <summary>
/// One label/value row of a <see cref="FieldTableBlock"/>, for example 当事人 / 测试（上海）样例有限公司.
/// The renderers print the label with a full-width colon after it (当事人：) unless it already ends with one.
/// </summary>
public sealed record FieldRow(string Label, string Value);
