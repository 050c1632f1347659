using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.Lists;

namespace Zhifa.Infrastructure.Cases;

/// <summary>Errors of case storage: what the domain cannot know (rows that do not exist or moved on).</summary>
public static class CaseErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("case.not_found", $"No case {id} exists in your offices.");

    public static Error Stale() => Error.Conflict(
        "case.stale",
        "Someone else changed the case at the same moment; reload it and try again.");

    public static Error MatterNotFound(Guid id) =>
        Error.Invalid("case.matter_not_found", $"The enforcement matter {id} is not on your office's matters list.") with
        {
            Arguments = new Dictionary<string, string> { ["field"] = "matterId" },
        };

    public static Error MatterKindMismatch(EnforcementMatter matter, ProcedureKind procedure, MatterKind expected) =>
        Error.Invalid(
            "case.matter_kind_mismatch",
            $"The matter {matter.Code} is a {matter.Kind} matter; a {procedure} case applies a {expected} matter from the matters list.") with
        {
            Arguments = new Dictionary<string, string> { ["field"] = "matterId", ["code"] = matter.Code, ["name"] = matter.Name },
        };

    public static Error OfficerNotFound(Guid id, string field) =>
        Error.Invalid("case.officer_not_found", $"The officer {id} is not on your office's personnel list.") with
        {
            Arguments = new Dictionary<string, string> { ["field"] = field },
        };
}
