namespace Zhifa.Documents.Model;

/// <summary>
/// An enforcement document (执法文书) in a neutral form that both renderers print: the issuing body and
/// title at the top, the document number under the title, then the blocks in order.
/// </summary>
/// <param name="IssuingBody">Name of the issuing agency, printed above the title.</param>
/// <param name="Title">Document title, for example 行政处罚决定书.</param>
/// <param name="DocumentNumber">Document number (文号) such as 常人防罚〔2026〕1号; empty prints no number line.</param>
/// <param name="Blocks">Body of the document, printed in list order.</param>
public sealed record EnforcementDocument(
    string IssuingBody,
    string Title,
    string DocumentNumber,
    IReadOnlyList<DocumentBlock> Blocks);
