using Zhifa.Domain.Common;

namespace Zhifa.Domain.Cases.Procedures;

/// <summary>
/// A condition a transition needs, returning the refusal or null. <see cref="NeedsInput"/> marks a guard that
/// reads the request's fields, so it is skipped when the case page only previews which steps are open.
/// </summary>
public sealed record Guard(Func<CaseContext, Error?> Check, bool NeedsInput = false)
{
    public static Guard OnState(Func<CaseContext, Error?> check) => new(check);

    public static Guard OnInput(Func<CaseContext, Error?> check) => new(check, NeedsInput: true);
}
