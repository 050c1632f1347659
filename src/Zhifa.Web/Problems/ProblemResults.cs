using Zhifa.Domain.Common;
using Zhifa.Domain.Lists;

namespace Zhifa.Web.Problems;

/// <summary>
/// Maps domain errors to HTTP in one place. Every problem carries the stable <c>code</c>; field problems
/// become a validation problem keyed by column, each entry with its line, value, code and reason.
/// </summary>
internal static class ProblemResults
{
    public static IResult From(Error error) => Results.Problem(
        title: error.Code,
        detail: error.Message,
        statusCode: StatusFor(error.Kind),
        extensions: new Dictionary<string, object?> { ["code"] = error.Code, ["arguments"] = error.Arguments });

    public static IResult From(IReadOnlyList<FieldError> errors, string code = "validation.failed") => Results.Problem(
        title: code,
        detail: $"{errors.Count} problem(s) found; nothing was changed. Each entry of 'errors' names the line, column, value and fix.",
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?>
        {
            ["code"] = code,
            ["errors"] = errors.Select(e => new { line = e.Line, column = e.Column, value = Shorten(e.Value), code = e.Code, message = e.Message }),
        });

    /// <summary>Echoes at most 200 characters of a refused value; a huge cell must not be sent back whole.</summary>
    public static string Shorten(string value) => value.Length <= 200 ? value : value[..200] + "…";

    public static IResult BadRequest(string code, string message) =>
        From(Error.Invalid(code, message));

    public static int StatusFor(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.RuleViolation => StatusCodes.Status422UnprocessableEntity,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An error kind without an HTTP status."),
    };
}
