namespace Zhifa.Domain.Common;

/// <summary>The outcome of a domain operation: a value, or the errors that refused it.</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T value)
    {
        _value = value;
        Errors = [];
    }

    private Result(IReadOnlyList<Error> errors)
    {
        Errors = errors;
    }

    public bool IsSuccess => Errors.Count == 0;

    public IReadOnlyList<Error> Errors { get; }

    /// <summary>The value of a successful result; throws when the result is a failure, which is a bug.</summary>
    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"Result failed with {Errors[0].Code}; check IsSuccess first.");

    public static Result<T> Success(T value) => new(value);

    public static Result<T> Failure(IReadOnlyList<Error> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(errors);

#pragma warning disable CA2225 // Implicit conversions keep handlers readable; Success/Failure are the named alternates.
    public static implicit operator Result<T>(T value) => new(value);

    public static implicit operator Result<T>(Error error) => new([error]);
#pragma warning restore CA2225
}
