using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Record;

/// <summary>
/// A deployment started without the demo has an empty log. Its checkpoint is still signed, with the root
/// SHA-256 of the empty string (RFC 9162 §2.1.1), not 32 zero bytes. No proof from size 0 is given.
/// </summary>
public sealed class EmptyLedgerTests(EmptyLedgerFactory factory) : IClassFixture<EmptyLedgerFactory>
{
    private const string EmptyRoot = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    [Fact]
    public async Task Checkpoint_FreshDeployment_SignedSizeZeroEmptyRoot()
    {
        var client = factory.CreateBrowser();

        var checkpoint = await client.GetVerifiedCheckpointAsync();

        Assert.Equal(0, checkpoint.Size);
        Assert.Equal(EmptyRoot, Convert.ToHexStringLower(checkpoint.RootHash));
        Assert.Equal(0, await factory.LedgerSizeAsync());
    }

    [Fact]
    public async Task CheckpointNote_FreshDeployment_HasExactText()
    {
        var client = factory.CreateBrowser();

        var note = await client.GetStringAsync("/api/ledger/checkpoint");

        Assert.StartsWith(
            "zhifa.local/record\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n— zhifa.local/record ",
            note,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=0&to=0")]
    [InlineData("from=0&to=5")]
    public async Task Consistency_FromSizeZero_Returns400(string query)
    {
        var client = factory.CreateBrowser();

        var (code, detail) = await client.GetBadRequestAsync("/api/ledger/proof/consistency?" + query);

        Assert.Equal("ledger.consistency_range", code);
        Assert.Equal(
            "Ask with 1 <= from <= to <= 0 (the current size); a proof from size 0 proves nothing and is not given.",
            detail);
    }

    [Fact]
    public async Task Verifier_FreshDeployment_Passes()
    {
        var report = await factory.VerifyLedgerAsync();

        Assert.Null(report.Failure);
        Assert.Equal(0, report.Entries);
        Assert.Equal(1, report.Checkpoints);
    }
}
