using System.Globalization;
using Zhifa.Domain.RandomInspection;

namespace Zhifa.Domain.Tests.RandomInspection;

/// <summary>Draw inputs with readable identifiers: candidate n is ...-1000000000nn, inspector n is ...-2000000000nn.</summary>
internal static class DrawBuilder
{
    public static readonly Guid PlanId = Guid.Parse("0193a000-0000-7000-8000-000000000001");

    public static Guid Candidate(int n) => Id(1, n);

    public static Guid Inspector(int n) => Id(2, n);

    public static DrawInputs Inputs(
        int candidates = 50,
        int inspectors = 10,
        int targetCount = 5,
        int perTarget = 2,
        bool weighted = false,
        IEnumerable<Recusal>? recusals = null,
        bool reversed = false)
    {
        var candidateList = Enumerable.Range(1, candidates).Select(n => new DrawCandidate(Candidate(n), weighted ? 1 + (n % 3) : 1));
        var inspectorList = Enumerable.Range(1, inspectors).Select(Inspector);
        if (reversed)
        {
            candidateList = candidateList.Reverse();
            inspectorList = inspectorList.Reverse();
        }

        return new DrawInputs(
            PlanId,
            "CZRF-SJ-001",
            new DateOnly(2026, 3, 2),
            targetCount,
            perTarget,
            weighted,
            candidateList.ToList(),
            inspectorList.ToList(),
            recusals ?? []);
    }

    private static Guid Id(int kind, int n) =>
        Guid.Parse(string.Create(CultureInfo.InvariantCulture, $"00000000-0000-0000-0000-{kind}{n:00000000000}"));
}
