using Zhifa.Domain.Common;

namespace Zhifa.Domain.Record;

/// <summary>
/// Outcome of checking a proof: valid, or invalid with the error that explains why. An invalid proof is an
/// expected outcome, not an exception.
/// </summary>
public sealed class VerificationResult
{
    private VerificationResult(Error? error)
    {
        Error = error;
    }

    public static VerificationResult Valid { get; } = new(null);

    public bool IsValid => Error is null;

    /// <summary>Why the proof was rejected, or null when it is valid.</summary>
    public Error? Error { get; }

    public static VerificationResult Invalid(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new VerificationResult(error);
    }

    public override string ToString() => Error is null ? "valid" : $"invalid: {Error.Code}: {Error.Message}";
}
