using Zhifa.Domain.RandomInspection;
using static Zhifa.Domain.Tests.RandomInspection.DrawBuilder;

namespace Zhifa.Domain.Tests.RandomInspection;

public sealed class DrawAlgorithmTests
{
    private static byte[] SeedOf(DrawInputs inputs, string witness = "2026-03-02 见证人 8848") =>
        DrawAlgorithm.Seed(inputs.Digest(), witness);

    [Fact]
    public void Run_SameInputs_GivesSameDraw()
    {
        var first = DrawAlgorithm.Run(Inputs(), SeedOf(Inputs())).Value;
        var second = DrawAlgorithm.Run(Inputs(), SeedOf(Inputs())).Value;

        Assert.Equal(DrawFile.ResultText(first), DrawFile.ResultText(second));
    }

    [Fact]
    public void Run_ReversedInputOrder_GivesSameDigestAndDraw()
    {
        var inputs = Inputs();
        var reversed = Inputs(reversed: true);

        Assert.Equal(inputs.Digest(), reversed.Digest());
        Assert.Equal(
            DrawFile.ResultText(DrawAlgorithm.Run(inputs, SeedOf(inputs)).Value),
            DrawFile.ResultText(DrawAlgorithm.Run(reversed, SeedOf(reversed)).Value));
    }

    [Fact]
    public void Digest_ChangedCandidateList_Changes()
    {
        Assert.NotEqual(Inputs(candidates: 50).Digest(), Inputs(candidates: 49).Digest());
    }

    [Fact]
    public void Run_OtherWitness_GivesOtherDraw()
    {
        var inputs = Inputs();

        var first = DrawAlgorithm.Run(inputs, SeedOf(inputs, "1234")).Value;
        var second = DrawAlgorithm.Run(inputs, SeedOf(inputs, "1235")).Value;

        Assert.NotEqual(DrawFile.ResultText(first), DrawFile.ResultText(second));
    }

    [Fact]
    public void Run_Result_HasDistinctTargetsAndInspectors()
    {
        var outcome = DrawAlgorithm.Run(Inputs(targetCount: 20, perTarget: 3), SeedOf(Inputs())).Value;

        Assert.Equal(20, outcome.Targets.Count);
        Assert.Equal(20, outcome.Targets.Select(t => t.TargetId).Distinct().Count());
        Assert.All(outcome.Targets, t => Assert.Equal(3, t.InspectorIds.Distinct().Count()));
    }

    [Fact]
    public void Run_EmptyCandidateList_IsRefused()
    {
        var inputs = Inputs(candidates: 0);

        var result = DrawAlgorithm.Run(inputs, SeedOf(inputs));

        Assert.Equal("draw.no_candidates", result.Errors[0].Code);
        Assert.Equal(DrawErrors.TargetRegisterSource, result.Errors[0].Arguments["source"]);
    }

    [Fact]
    public void Run_CountAboveCandidates_IsRefused()
    {
        var inputs = Inputs(candidates: 4, targetCount: 5);

        var result = DrawAlgorithm.Run(inputs, SeedOf(inputs));

        Assert.Equal("draw.count_above_candidates", result.Errors[0].Code);
        Assert.Contains("5 target(s)", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("4 candidate(s)", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OneInspectorForTwoNeeded_NamesNeededAndQualified()
    {
        var inputs = Inputs(inspectors: 1);

        var result = DrawAlgorithm.Run(inputs, SeedOf(inputs));

        var error = result.Errors[0];
        Assert.Equal("draw.too_few_inspectors", error.Code);
        Assert.Contains("each target needs 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 officer(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("第四十二条", error.Message, StringComparison.Ordinal);
        Assert.Equal("2", error.Arguments["needed"]);
        Assert.Equal("1", error.Arguments["qualified"]);
    }

    [Fact]
    public void Run_RecusalLeavesOneInspector_IsRefusedForThatTarget()
    {
        var recusals = Enumerable.Range(1, 50).Select(n => new Recusal(Inspector(1), Candidate(n), RecusalReason.DeclaredInterest));
        var inputs = Inputs(inspectors: 2, recusals: recusals);

        var result = DrawAlgorithm.Run(inputs, SeedOf(inputs));

        Assert.Equal("draw.too_few_inspectors_after_recusal", result.Errors[0].Code);
        Assert.Equal("1", result.Errors[0].Arguments["qualified"]);
        Assert.Contains("第四十三条", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OneInspectorPerTarget_IsRefused()
    {
        var inputs = Inputs(perTarget: 1);

        Assert.Equal("draw.inspectors_per_target_too_low", DrawAlgorithm.Run(inputs, SeedOf(inputs)).Errors[0].Code);
    }

    [Fact]
    public void Run_RecusedPairs_AreNeverDrawnTogether()
    {
        var recusals = Enumerable.Range(1, 50)
            .SelectMany(n => new[]
            {
                new Recusal(Inspector(n % 10 + 1), Candidate(n), RecusalReason.DeclaredInterest),
                new Recusal(Inspector((n + 3) % 10 + 1), Candidate(n), RecusalReason.PreviousDraw),
            })
            .ToList();
        var forbidden = recusals.Select(r => (r.InspectorId, r.TargetId)).ToHashSet();

        for (var round = 0; round < 200; round++)
        {
            var inputs = Inputs(targetCount: 10, recusals: recusals);
            var outcome = DrawAlgorithm.Run(inputs, SeedOf(inputs, round.ToString(System.Globalization.CultureInfo.InvariantCulture))).Value;

            Assert.All(outcome.Targets, t => Assert.DoesNotContain(t.InspectorIds, i => forbidden.Contains((i, t.TargetId))));
        }
    }

    [Fact]
    public void Run_Weighted_DrawsDistinctTargets()
    {
        var inputs = Inputs(weighted: true, targetCount: 50);

        var outcome = DrawAlgorithm.Run(inputs, SeedOf(inputs)).Value;

        Assert.Equal(50, outcome.Targets.Select(t => t.TargetId).Distinct().Count());
    }
}
