namespace Zhifa.Documents.Model;

/// <summary>
/// A section heading such as 一、违法事实, printed in the heading font (黑体).
/// </summary>
public sealed record HeadingBlock(string Text) : DocumentBlock;
