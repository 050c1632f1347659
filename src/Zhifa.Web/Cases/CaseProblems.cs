using Zhifa.Domain.Common;
using Zhifa.Web.Problems;

namespace Zhifa.Web.Cases;

/// <summary>
/// Maps a refused case request to one RFC 9457 problem. Field problems come first (400, one entry per field);
/// otherwise the strongest kind decides the status, and every refusal is listed with its code, message and
/// legal source, so a client shows all that blocks the step at once.
/// </summary>
internal static class CaseProblems
{
    public static IResult From(IReadOnlyList<Error> errors)
    {
        var fields = errors.Where(e => e.Arguments.ContainsKey("field")).ToList();
        if (fields.Count > 0)
        {
            return Results.Problem(
                title: "validation.failed",
                detail: $"{fields.Count} field(s) are missing or invalid; nothing was changed.",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?>
                {
                    ["code"] = "validation.failed",
                    ["errors"] = fields.Select(e => new { field = e.Arguments["field"], code = e.Code, message = e.Message }),
                });
        }

        var first = errors.OrderBy(e => Rank(e.Kind)).First();
        return Results.Problem(
            title: first.Code,
            detail: string.Join(" ", errors.Select(e => e.Message)),
            statusCode: ProblemResults.StatusFor(first.Kind),
            extensions: new Dictionary<string, object?>
            {
                ["code"] = first.Code,
                ["arguments"] = first.Arguments,
                ["errors"] = errors.Select(e => new
                {
                    code = e.Code,
                    message = e.Message,
                    source = e.Arguments.GetValueOrDefault("source"),
                    sourceEn = e.Arguments.GetValueOrDefault("source_en"),
                }),
            });
    }

    // Not found hides everything else; then who may act; then the state; then the rules.
    private static int Rank(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => 0,
        ErrorKind.Forbidden => 1,
        ErrorKind.Conflict => 2,
        ErrorKind.Invalid => 3,
        _ => 4,
    };
}
