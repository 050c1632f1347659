using Zhifa.Domain.Cases;

namespace Zhifa.Infrastructure.Cases;

/// <summary>Filters of the case list; all optional.</summary>
public sealed record CaseFilter(
    string? Search = null,
    CaseStage? Stage = null,
    ProcedureKind? Procedure = null,
    bool OpenOnly = false,
    int Page = 1,
    int PageSize = 50);
