namespace Zhifa.Documents.Model;

/// <summary>
/// Body text of one or more sentences, printed with a first-line indent of two characters.
/// A line feed (\n) in the text starts a new line inside the same paragraph.
/// </summary>
public sealed record ParagraphBlock(string Text) : DocumentBlock;
