using Zhifa.Domain.Common;

namespace Zhifa.Domain.Cases.Procedures;

/// <summary>
/// A condition a transition needs, returning its refusals (none when it passes). <see cref="NeedsInput"/> marks a
/// guard that reads the request's fields, so it is skipped when the case page only previews which steps are open.
/// A guard that checks a form field by field returns one refusal per field.
/// </summary>
public sealed record Guard(Func<CaseContext, IEnumerable<Error>> Checks, bool NeedsInput = false)
{
    public static Guard OnState(Func<CaseContext, Error?> check) => new(ctx => One(check(ctx)));

    public static Guard OnInput(Func<CaseContext, Error?> check) => new(ctx => One(check(ctx)), NeedsInput: true);

    public static Guard OnInputFields(Func<CaseContext, IEnumerable<Error>> checks) => new(checks, NeedsInput: true);

    private static Error[] One(Error? error) => error is null ? [] : [error];
}
