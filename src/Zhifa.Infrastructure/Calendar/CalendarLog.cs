using Microsoft.Extensions.Logging;

namespace Zhifa.Infrastructure.Calendar;

/// <summary>Log events of the working-day calendar, ids 5000 to 5099.</summary>
internal static partial class CalendarLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information,
        Message = "Published the holiday notice for {Year} as version {Version}")]
    public static partial void YearPublished(ILogger logger, int year, int version);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information,
        Message = "Loaded the shipped holiday notices for {Years}")]
    public static partial void ShippedYearsLoaded(ILogger logger, string years);
}
