using Microsoft.AspNetCore.Diagnostics;

namespace Zhifa.Web.Problems;

/// <summary>
/// The one place an unexpected exception ends: logged with its trace id, answered with a 500 problem
/// that carries the trace id and nothing of the internals.
/// </summary>
internal static partial class UnhandledErrors
{
    public static async Task WriteAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Zhifa.Web.Errors");
        LogUnhandled(logger, exception, context.TraceIdentifier, context.Request.Path);

        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await Results.Problem(
            title: "Internal error",
            detail: $"The request failed on the server. Quote trace id {context.TraceIdentifier} when you report it.",
            statusCode: StatusCodes.Status500InternalServerError,
            extensions: new Dictionary<string, object?> { ["code"] = "server.error", ["traceId"] = context.TraceIdentifier })
            .ExecuteAsync(context);
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Error, Message = "Unhandled exception for trace {TraceId} on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception? exception, string traceId, string path);
}
