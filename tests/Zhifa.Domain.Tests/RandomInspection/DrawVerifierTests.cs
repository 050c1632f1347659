using System.Text.Json.Nodes;
using Zhifa.Domain.RandomInspection;
using static Zhifa.Domain.Tests.RandomInspection.DrawBuilder;

namespace Zhifa.Domain.Tests.RandomInspection;

public sealed class DrawVerifierTests
{
    private const string Witness = "见证人 2026-03-02 4711";

    private static string PublishedFile(DrawInputs? inputs = null)
    {
        inputs ??= Inputs(recusals: [new Recusal(Inspector(3), Candidate(7), RecusalReason.OwnOrganisation)]);
        var outcome = DrawAlgorithm.Run(inputs, DrawAlgorithm.Seed(inputs.Digest(), Witness)).Value;
        return DrawFile.Write(inputs, Witness, outcome, new Dictionary<string, object?>());
    }

    private static string Edit(string json, Action<JsonNode> change)
    {
        var node = JsonNode.Parse(json)!;
        change(node);
        return node.ToJsonString();
    }

    [Fact]
    public void Verify_PublishedFile_Matches()
    {
        var verification = DrawVerifier.Verify(PublishedFile());

        Assert.Equal(DrawVerificationStatus.Match, verification.Status);
    }

    [Fact]
    public void Verify_WeightedFile_Matches()
    {
        Assert.Equal(DrawVerificationStatus.Match, DrawVerifier.Verify(PublishedFile(Inputs(weighted: true))).Status);
    }

    [Fact]
    public void Verify_CandidateRemovedAfterCommitment_FailsOnCommitment()
    {
        var file = Edit(PublishedFile(), n => n["inputs"]!["candidates"]!.AsArray().RemoveAt(0));

        var verification = DrawVerifier.Verify(file);

        Assert.Equal(DrawVerificationStatus.Mismatch, verification.Status);
        Assert.Contains("commitment", verification.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_OtherWitness_FailsOnSeed()
    {
        var file = Edit(PublishedFile(), n => n["witness"] = "another value");

        var verification = DrawVerifier.Verify(file);

        Assert.Equal(DrawVerificationStatus.Mismatch, verification.Status);
        Assert.Contains("seed", verification.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SwappedTarget_NamesThePosition()
    {
        var file = Edit(PublishedFile(), n => n["result"]![0]!["target"] = DrawAlgorithm.IdText(Candidate(99)));

        var verification = DrawVerifier.Verify(file);

        Assert.Equal(DrawVerificationStatus.Mismatch, verification.Status);
        Assert.Contains("target 1", verification.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SwappedInspector_NamesTheTarget()
    {
        var file = Edit(PublishedFile(), n => n["result"]![1]!["inspectors"]![0] = DrawAlgorithm.IdText(Inspector(99)));

        var verification = DrawVerifier.Verify(file);

        Assert.Equal(DrawVerificationStatus.Mismatch, verification.Status);
        Assert.Contains("inspectors of target 2", verification.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "not JSON")]
    [InlineData("[]", "JSON object")]
    [InlineData("{\"format\":\"zhifa-draw-file/1\"}", "\"inputs\" is missing")]
    [InlineData("{\"format\":\"other\"}", "this verifier reads")]
    public void Verify_MalformedFile_SaysWhatIsWrong(string json, string expected)
    {
        var verification = DrawVerifier.Verify(json);

        Assert.Equal(DrawVerificationStatus.Malformed, verification.Status);
        Assert.Contains(expected, verification.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_UppercaseIdentifier_IsMalformed()
    {
        var file = Edit(PublishedFile(), n => n["inputs"]!["inspectors"]![0] = "ABCDEF00-0000-0000-0000-000000000001");

        var verification = DrawVerifier.Verify(file);

        Assert.Equal(DrawVerificationStatus.Malformed, verification.Status);
        Assert.Contains("lowercase", verification.Reason, StringComparison.Ordinal);
    }
}
