namespace Zhifa.Documents.Model;

/// <summary>
/// A note after the signature, in a smaller font, for example 本决定书一式三份.
/// </summary>
public sealed record FooterNoteBlock(string Text) : DocumentBlock;
