using Zhifa.Documents.Model;
using Zhifa.Documents.Tests.Support;

namespace Zhifa.Documents.Tests;

public sealed class DocumentRendererTests
{
    private sealed record UnknownBlock : DocumentBlock;

    [Fact]
    public void ToPdf_CharacterMissingFromFont_ThrowsNamingIt()
    {
        var document = SamplePenaltyDecision.Create() with
        {
            Blocks = [new ParagraphBlock("当事人签名：😀")],
        };

        var error = Assert.Throws<ArgumentException>(() => DocumentRenderer.ToPdf(document, new MemoryStream()));

        Assert.Contains("U+1F600", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPdf_MissingTitle_Throws()
    {
        var document = SamplePenaltyDecision.Create() with { Title = " " };

        Assert.Throws<ArgumentException>(() => DocumentRenderer.ToPdf(document, new MemoryStream()));
    }

    [Fact]
    public void ToDocx_UnknownBlockType_Throws()
    {
        var document = SamplePenaltyDecision.Create() with { Blocks = [new UnknownBlock()] };

        var error = Assert.Throws<ArgumentException>(() => DocumentRenderer.ToDocx(document, new MemoryStream()));

        Assert.Contains(nameof(UnknownBlock), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDocx_ReadOnlyStream_Throws()
    {
        using var readOnly = new MemoryStream([], writable: false);

        Assert.Throws<ArgumentException>(() => DocumentRenderer.ToDocx(SamplePenaltyDecision.Create(), readOnly));
    }

    [Fact]
    public void ToPdf_EmptyDocumentNumberAndBlocks_RendersOnePage()
    {
        var document = new EnforcementDocument("测试市人民防空办公室", "责令限期改正通知书", "", []);
        using var output = new MemoryStream();

        DocumentRenderer.ToPdf(document, output);

        var raw = System.Text.Encoding.Latin1.GetString(output.ToArray());
        Assert.StartsWith("%PDF-", raw, StringComparison.Ordinal);
        Assert.Contains("/Count 1", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPdf_SameDocumentTwice_WritesIdenticalBytes()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        DocumentRenderer.ToPdf(SamplePenaltyDecision.Create(), first);
        DocumentRenderer.ToPdf(SamplePenaltyDecision.Create(), second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }
}
