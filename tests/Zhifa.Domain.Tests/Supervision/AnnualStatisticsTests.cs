using Zhifa.Domain.Cases;
using Zhifa.Domain.Supervision;

namespace Zhifa.Domain.Tests.Supervision;

public sealed class AnnualStatisticsTests
{
    private static AnnualCaseFacts Case(
        string registered,
        string? decided = null,
        DecisionOutcome outcome = DecisionOutcome.Penalty,
        PenaltyKinds penalties = PenaltyKinds.None,
        decimal fine = 0,
        string? paid = null,
        decimal collected = 0,
        ProcedureKind procedure = ProcedureKind.GeneralPenalty,
        string? hearing = null) =>
        new(procedure, D(registered), D(registered), decided is null ? null : D(decided), outcome, penalties,
            fine, 0, hearing is null ? null : D(hearing), null, null, paid is null ? null : D(paid), collected, null);

    [Fact]
    public void Each_step_counts_in_the_year_it_was_taken()
    {
        var cases = new[]
        {
            // Filed in December 2025, decided and paid in 2026: counts as decided in 2026, not as registered.
            Case("2025-12-20", "2026-01-15", penalties: PenaltyKinds.Fine | PenaltyKinds.Warning, fine: 20_000, paid: "2026-02-01", collected: 20_600, hearing: "2026-01-08"),
            Case("2026-03-01", "2026-03-01", penalties: PenaltyKinds.Fine, fine: 150, paid: "2026-03-01", collected: 150, procedure: ProcedureKind.SimplePenalty),
            Case("2026-05-01", "2026-06-01", outcome: DecisionOutcome.NoPenaltyMinor),
            Case("2026-11-01", "2027-01-05", penalties: PenaltyKinds.RevokeLicence),
        };

        var lines = AnnualStatistics.Compute(2026, cases, inspectionsDrawn: 4).ToDictionary(l => l.Code, l => l.Value);

        Assert.Equal(3, lines["registered"]);
        Assert.Equal(3, lines["decided"]);
        Assert.Equal(2, lines["penalties"]);
        Assert.Equal(1, lines["general"]);
        Assert.Equal(1, lines["simple"]);
        Assert.Equal(1, lines["warning"]);
        Assert.Equal(2, lines["fine"]);
        Assert.Equal(0, lines["qualification"]);
        Assert.Equal(1, lines["no_penalty"]);
        Assert.Equal(20_150, lines["fine_amount"]);
        Assert.Equal(20_750, lines["collected"]);
        Assert.Equal(1, lines["hearings"]);
        Assert.Equal(4, lines["random_tasks"]);
    }

    private static DateOnly D(string day) => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
}
