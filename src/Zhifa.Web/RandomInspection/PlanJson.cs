using Zhifa.Domain.RandomInspection;

namespace Zhifa.Web.RandomInspection;

/// <summary>The API's view of a plan and its tasks.</summary>
internal static class PlanJson
{
    public static object From(InspectionPlan plan, IReadOnlyList<DrawnInspection>? tasks = null) => new
    {
        id = plan.Id,
        organisationId = plan.OrganisationId,
        matterCode = plan.MatterCode,
        name = plan.Name,
        targetKinds = plan.Kinds().Select(k => k.ToString()),
        region = plan.Region,
        category = plan.Category,
        ratio = plan.Ratio,
        targetCount = plan.TargetCount,
        inspectorsPerTarget = plan.InspectorsPerTarget,
        weightedByRisk = plan.WeightedByRisk,
        periodStart = plan.PeriodStart,
        periodEnd = plan.PeriodEnd,
        frequency = plan.Frequency,
        status = plan.Status.ToString(),
        algorithm = plan.Status == PlanStatus.Draft ? null : DrawAlgorithm.Version,
        drawDay = plan.DrawDay,
        committedAt = plan.CommittedAt,
        commitment = plan.Commitment,
        witness = plan.Witness,
        seed = plan.Seed,
        drawnAt = plan.DrawnAt,
        tasks = tasks?.Select(t => new
        {
            id = t.Id,
            position = t.Position,
            targetId = t.TargetId,
            caseId = t.CaseId,
            inspectorIds = t.Inspectors(),
            status = t.Status.ToString(),
        }),
    };
}
