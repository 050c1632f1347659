using Zhifa.Domain.Lists;

namespace Zhifa.Infrastructure.Lists.Files;

/// <summary>The rows read from a file, or the problems that stopped it being read.</summary>
public sealed record ListFileResult(IReadOnlyList<ImportRow> Rows, IReadOnlyList<FieldError> Errors)
{
    public static ListFileResult Failed(string code, string message, int line = 0, string column = "") =>
        new([], [new FieldError(line, column, "", code, message)]);
}
