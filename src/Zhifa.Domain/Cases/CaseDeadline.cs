using Zhifa.Domain.Calendar;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Cases;

/// <summary>A deadline shown on a case: what it is, its last day, its source and its warning state today.</summary>
public sealed record CaseDeadline(string Code, Deadline Due, LegalSource Source, DeadlineState State);
