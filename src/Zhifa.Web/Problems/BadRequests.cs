using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Zhifa.Web.Problems;

/// <summary>
/// Handler that turns a request the API cannot bind (malformed JSON, a field of the wrong type, a query value
/// that is not a number) into a 400 problem naming the field and the fix, instead of a bare status.
/// </summary>
/// <remarks>
/// The endpoints throw such requests (<c>RouteHandlerOptions.ThrowOnBadRequest</c>) so the reason reaches this
/// handler. The mistake is the caller's, so it is logged at information level, not as a server error.
/// </remarks>
internal sealed partial class BadRequests(ILogger<BadRequests> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var status = badRequest.StatusCode;
        var extensions = new Dictionary<string, object?> { ["code"] = $"http.{status}" };
        string detail;
        if (badRequest.InnerException is JsonException json)
        {
            var path = json.Path ?? "$";
            extensions["path"] = path;
            detail = $"The JSON body is invalid at {path} (line {json.LineNumber + 1}, byte {json.BytePositionInLine}): "
                + "a value has the wrong type or the JSON is malformed. Send each field with the type /openapi/v1.json gives it.";
        }
        else
        {
            // The framework's message names the parameter and the value, such as: Failed to bind parameter "int limit" from "x".
            detail = $"{badRequest.Message} Check the parameters and the body against /openapi/v1.json.";
        }

        LogRejected(logger, context.Request.Method, context.Request.Path.Value ?? "", context.TraceIdentifier, badRequest.Message);
        context.Response.StatusCode = status;
        await Results.Problem(title: "BadRequest", detail: detail, statusCode: status, extensions: extensions).ExecuteAsync(context);
        return true;
    }

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Rejected {Method} {Path} (trace {TraceId}): {Reason}")]
    private static partial void LogRejected(ILogger logger, string method, string path, string traceId, string reason);
}
