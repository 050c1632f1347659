using Microsoft.Extensions.Logging;

namespace Zhifa.Infrastructure.RandomInspection;

/// <summary>Log events of double random inspections, ids 6000 to 6099.</summary>
internal static partial class DrawLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information,
        Message = "Inspection plan {PlanId} committed with inputs digest {Commitment}")]
    public static partial void Committed(ILogger logger, Guid planId, string commitment);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information,
        Message = "Inspection plan {PlanId} drawn: {Targets} target(s), {Tasks} inspection task(s) created")]
    public static partial void Drawn(ILogger logger, Guid planId, int targets, int tasks);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning,
        Message = "Inspection plan {PlanId} was drawn by another request first; this draw was discarded")]
    public static partial void DrawRace(ILogger logger, Guid planId);
}
