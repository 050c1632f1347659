using System.Security.Cryptography;
using System.Text;
using Zhifa.Domain.RandomInspection;

namespace Zhifa.Domain.Tests.RandomInspection;

// Known answers computed with tools/verify_draw.py, an independent Python implementation, so the
// published description, the C# code and the script agree.
public sealed class DrawStreamTests
{
    private static readonly byte[] Seed = SHA256.HashData(Encoding.UTF8.GetBytes("zhifa-draw-v1\n" + new string('0', 64) + "\nwitness"));

    [Fact]
    public void Seed_KnownCommitmentAndWitness_MatchesReference()
    {
        Assert.Equal(
            "2e96af1832e40d9b3f3adacad7894c2b26df02861825b9d17e9685149ecac2f8",
            Convert.ToHexStringLower(DrawAlgorithm.Seed(new string('0', 64), "witness")));
    }

    [Fact]
    public void NextUInt64_FirstValues_MatchReference()
    {
        var stream = new DrawStream(Seed, "targets");

        var values = Enumerable.Range(0, 5).Select(_ => stream.NextUInt64()).ToArray();

        Assert.Equal(
            [14627650891115970691, 11729606335506418091, 16028060843257442522, 6196336636664297160, 707789792832562680],
            values);
    }

    [Fact]
    public void NextBelow_Seven_MatchesReference()
    {
        var stream = new DrawStream(Seed, "targets");

        var values = Enumerable.Range(0, 10).Select(_ => stream.NextBelow(7)).ToArray();

        Assert.Equal([4UL, 5, 4, 2, 2, 0, 1, 3, 3, 4], values);
    }

    [Fact]
    public void SelectUniform_TenIdentifiers_MatchesReference()
    {
        var ids = Enumerable.Range(1, 10)
            .Select(n => Guid.Parse($"00000000-0000-0000-0000-{n:000000000000}"))
            .ToArray();

        var selected = DrawAlgorithm.SelectUniform(ids, 3, new DrawStream(Seed, "targets"));

        Assert.Equal(
            [
                Guid.Parse("00000000-0000-0000-0000-000000000002"),
                Guid.Parse("00000000-0000-0000-0000-000000000007"),
                Guid.Parse("00000000-0000-0000-0000-000000000005"),
            ],
            selected);
    }

    [Fact]
    public void NextBelow_One_AlwaysZero()
    {
        var stream = new DrawStream(Seed, "x");

        Assert.All(Enumerable.Range(0, 20), _ => Assert.Equal(0UL, stream.NextBelow(1)));
    }
}
