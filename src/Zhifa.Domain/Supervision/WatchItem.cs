using Zhifa.Domain.Calendar;
using Zhifa.Domain.Common;

namespace Zhifa.Domain.Supervision;

/// <summary>A deadline that is due soon (yellow) or missed (red), with the case it belongs to.</summary>
public sealed record WatchItem(
    Guid CaseId,
    string CaseNumber,
    string CaseTitle,
    string OfficeName,
    string DeadlineCode,
    DateOnly DueOn,
    DeadlineState State,
    LegalSource Source);
