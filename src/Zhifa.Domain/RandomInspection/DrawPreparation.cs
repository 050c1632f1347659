using Zhifa.Domain.Common;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Regulated;

namespace Zhifa.Domain.RandomInspection;

/// <summary>
/// Builds a plan's draw inputs from the directory, the personnel list and the declared conflicts, as
/// they stand on the draw day. Everything chosen here is committed and published before the draw.
/// </summary>
public static class DrawPreparation
{
    /// <summary>
    /// Returns the inputs, or rejects an empty candidate list, a count above the candidates and fewer
    /// qualified inspectors than a target needs.
    /// </summary>
    /// <param name="coveringAreas">Certificate areas valid for the plan's region: the region and the areas
    /// of the offices above it (a city certificate covers its counties).</param>
    /// <param name="previousPairs">Inspector–target pairs of the previous draw of the same matter.</param>
    public static Result<DrawInputs> Prepare(
        InspectionPlan plan,
        DateOnly drawDay,
        IEnumerable<RegulatedEntity> directory,
        IEnumerable<Officer> officers,
        IReadOnlyCollection<string> coveringAreas,
        IEnumerable<ConflictDeclaration> conflicts,
        IEnumerable<(Guid InspectorId, Guid TargetId)> previousPairs)
    {
        var kinds = plan.Kinds().ToHashSet();
        var candidates = directory
            .Where(e => kinds.Contains(e.Kind) && e.Region == plan.Region)
            .ToList();
        if (candidates.Count == 0)
        {
            return DrawErrors.NoCandidates();
        }

        var count = plan.TargetsFor(candidates.Count);
        if (count > candidates.Count)
        {
            return DrawErrors.CountAboveCandidates(count, candidates.Count);
        }

        var inspectors = officers.Where(o => IsQualified(o, drawDay, plan.Category, coveringAreas)).ToList();
        if (inspectors.Count < plan.InspectorsPerTarget)
        {
            return DrawErrors.TooFewInspectors(plan.InspectorsPerTarget, inspectors.Count);
        }

        var recusals = Recusals(candidates, inspectors.Select(i => i.Id).ToHashSet(), conflicts, previousPairs);
        return new DrawInputs(
            plan.Id,
            plan.MatterCode,
            drawDay,
            count,
            plan.InspectorsPerTarget,
            plan.WeightedByRisk,
            candidates.Select(c => new DrawCandidate(c.Id, DrawWeights.For(c.RiskLevel, plan.WeightedByRisk))),
            inspectors.Select(i => i.Id),
            recusals);
    }

    /// <summary>
    /// Whether an officer may be drawn: the certificate is valid on the draw day, covers the category and
    /// is valid in one of the covering areas (Administrative Penalty Law Art. 42: only certificate holders
    /// enforce, within their competence).
    /// </summary>
    public static bool IsQualified(Officer officer, DateOnly drawDay, string category, IReadOnlyCollection<string> coveringAreas) =>
        officer.CertificateStateOn(drawDay) == CertificateState.Valid
        && officer.Categories.Split('；', ';').Select(c => c.Trim()).Contains(category)
        && coveringAreas.Contains(officer.Area);

    private static List<Recusal> Recusals(
        List<RegulatedEntity> candidates,
        HashSet<Guid> inspectors,
        IEnumerable<ConflictDeclaration> conflicts,
        IEnumerable<(Guid InspectorId, Guid TargetId)> previousPairs)
    {
        var recusals = new List<Recusal>();
        var byCode = candidates.ToLookup(c => c.Code, StringComparer.Ordinal);
        var byOwner = candidates.Where(c => c.OwnerCode is not null).ToLookup(c => c.OwnerCode!, StringComparer.Ordinal);
        foreach (var conflict in conflicts.Where(c => inspectors.Contains(c.OfficerId)))
        {
            foreach (var target in byCode[conflict.EntityCode])
            {
                recusals.Add(new Recusal(conflict.OfficerId, target.Id, conflict.Reason));
            }

            foreach (var target in byOwner[conflict.EntityCode])
            {
                recusals.Add(new Recusal(conflict.OfficerId, target.Id, RecusalReason.OwnOrganisation));
            }
        }

        var candidateIds = candidates.Select(c => c.Id).ToHashSet();
        recusals.AddRange(previousPairs
            .Where(p => inspectors.Contains(p.InspectorId) && candidateIds.Contains(p.TargetId))
            .Select(p => new Recusal(p.InspectorId, p.TargetId, RecusalReason.PreviousDraw)));
        return recusals;
    }
}
