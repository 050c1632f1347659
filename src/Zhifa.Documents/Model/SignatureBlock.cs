namespace Zhifa.Documents.Model;

/// <summary>
/// The closing block, right-aligned: the signer lines (usually the agency name), the seal note and the
/// date. Both renderers keep it on one page.
/// </summary>
/// <param name="SignerLines">Signer lines, usually the deciding agency's name.</param>
/// <param name="Date">The date as printed; <see cref="ChineseDate.Format"/> writes both official forms.</param>
/// <param name="SealNote">Placeholder where the seal goes; empty prints no seal line.</param>
public sealed record SignatureBlock(
    IReadOnlyList<string> SignerLines,
    string Date,
    string SealNote = SignatureBlock.DefaultSealNote) : DocumentBlock
{
    /// <summary>The seal placeholder printed where the agency's seal (印章) is stamped.</summary>
    public const string DefaultSealNote = "（印章）";
}
