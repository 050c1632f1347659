using System.Buffers.Binary;
using System.Security.Cryptography;
using Zhifa.Domain.RandomInspection;
using static Zhifa.Domain.Tests.RandomInspection.DrawBuilder;

namespace Zhifa.Domain.Tests.RandomInspection;

/// <summary>
/// Every eligible inspector and every target is equally likely: a random comparator or a remainder
/// taken without rejection would favour some positions. 10 inspectors, one recused from every target
/// for a declared interest, 50 enterprises, 5 targets with 2 inspectors each, over fixed seeds.
/// </summary>
public sealed class DrawFairnessTests
{
    private const int Draws = 200_000;

    // Chi-square critical values at p = 0.001 (upper tail), from the standard table.
    private const double CriticalDf8 = 26.124;
    private const double CriticalDf35 = 66.619;
    private const double CriticalDf49 = 85.351;

    private static readonly Guid Excluded = Inspector(10);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Draw_ManySeeds_FrequenciesWithinChiSquareTolerance(bool reversed)
    {
        var recusals = Enumerable.Range(1, 50).Select(n => new Recusal(Excluded, Candidate(n), RecusalReason.DeclaredInterest));
        var inputs = Inputs(candidates: 50, inspectors: 10, targetCount: 5, perTarget: 2, recusals: recusals, reversed: reversed);
        var targetCounts = new Dictionary<Guid, long>();
        var inspectorCounts = new Dictionary<Guid, long>();
        var pairCounts = new Dictionary<(Guid, Guid), long>();

        for (var i = 0; i < Draws; i++)
        {
            foreach (var target in DrawAlgorithm.Run(inputs, FixedSeed(i)).Value.Targets)
            {
                Increment(targetCounts, target.TargetId);
                var pair = target.InspectorIds.Order().ToArray();
                Increment(pairCounts, (pair[0], pair[1]));
                Array.ForEach(pair, inspector => Increment(inspectorCounts, inspector));
            }
        }

        Assert.False(inspectorCounts.ContainsKey(Excluded), "the recused inspector was drawn");
        Assert.Equal(9, inspectorCounts.Count);
        Assert.Equal(36, pairCounts.Count);
        Assert.Equal(50, targetCounts.Count);
        Assert.InRange(ChiSquare(inspectorCounts.Values, Draws * 5 * 2 / 9.0), 0, CriticalDf8);
        Assert.InRange(ChiSquare(pairCounts.Values, Draws * 5 / 36.0), 0, CriticalDf35);
        Assert.InRange(ChiSquare(targetCounts.Values, Draws * 5 / 50.0), 0, CriticalDf49);
    }

    [Fact]
    public void Draw_ReversedInputs_GiveSameResultPerSeed()
    {
        var forward = Inputs();
        var backward = Inputs(reversed: true);

        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal(
                DrawFile.ResultText(DrawAlgorithm.Run(forward, FixedSeed(i)).Value),
                DrawFile.ResultText(DrawAlgorithm.Run(backward, FixedSeed(i)).Value));
        }
    }

    [Fact]
    public void WeightedDraw_OneTarget_FrequencyProportionalToWeight()
    {
        // Weights cycle 2, 3, 1 over the candidates (DrawBuilder), 60 candidates in all, total weight 120.
        var inputs = Inputs(candidates: 60, weighted: true, targetCount: 1);
        var weights = inputs.Candidates.ToDictionary(c => c.Id, c => c.Weight);
        var counts = inputs.Candidates.ToDictionary(c => c.Id, _ => 0L);
        const int draws = 30_000;

        for (var i = 0; i < draws; i++)
        {
            counts[DrawAlgorithm.Run(inputs, FixedSeed(i)).Value.Targets[0].TargetId]++;
        }

        var total = weights.Values.Sum();
        var statistic = counts.Sum(pair =>
        {
            var expected = draws * (double)weights[pair.Key] / total;
            return (pair.Value - expected) * (pair.Value - expected) / expected;
        });

        // Chi-square at p = 0.001 with 59 degrees of freedom is 98.324 (standard table).
        Assert.InRange(statistic, 0, 98.324);
    }

    private static byte[] FixedSeed(int i)
    {
        Span<byte> counter = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(counter, i);
        return SHA256.HashData(counter);
    }

    private static void Increment<TKey>(Dictionary<TKey, long> counts, TKey key)
        where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static double ChiSquare(IEnumerable<long> observed, double expected) =>
        observed.Sum(o => (o - expected) * (o - expected) / expected);
}
