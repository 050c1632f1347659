using Zhifa.Domain.Cases;
using Zhifa.Domain.Lists;

namespace Zhifa.Infrastructure.Cases;

/// <summary>What the case page and the case API show: the case, its open and blocked steps, deadlines and history.</summary>
public sealed record CaseView(
    EnforcementCase Case,
    EnforcementMatter Matter,
    IReadOnlyDictionary<Guid, Officer> Officers,
    IReadOnlyList<StepOption> Options,
    IReadOnlyList<CaseDeadline> Deadlines,
    IReadOnlyList<string> MajorReasons,
    IReadOnlyList<CaseStep> Steps,
    IReadOnlyList<CaseDocument> Documents);
