namespace Zhifa.Domain.Common;

/// <summary>
/// An expected failure: a rule refused the request, something was not found, or it conflicts with
/// the current state. <see cref="Code"/> is stable and feature-prefixed, so the interface can translate it;
/// <see cref="Message"/> is the English text for logs, developers and API clients.
/// </summary>
public sealed record Error(ErrorKind Kind, string Code, string Message)
{
    /// <summary>Values that the message refers to, for translated messages (for example the article cited).</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = new Dictionary<string, string>();

    public static Error NotFound(string code, string message) => new(ErrorKind.NotFound, code, message);

    public static Error Invalid(string code, string message) => new(ErrorKind.Invalid, code, message);

    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);

    public static Error Forbidden(string code, string message) => new(ErrorKind.Forbidden, code, message);

    /// <summary>A business rule with a legal source refused the request; the source is part of the message.</summary>
    public static Error Rule(string code, string message, string legalSource) =>
        new(ErrorKind.RuleViolation, code, $"{message} ({legalSource})")
        {
            Arguments = new Dictionary<string, string> { ["source"] = legalSource },
        };

    /// <summary>
    /// A business rule refused the request. The English message ends with the English source; the arguments
    /// carry both forms of the source (<c>source</c> in Chinese, <c>source_en</c>) beside the values that a
    /// translated message fills in.
    /// </summary>
    public static Error Rule(
        string code,
        string message,
        LegalSource source,
        IReadOnlyDictionary<string, string>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var all = new Dictionary<string, string>(arguments ?? new Dictionary<string, string>())
        {
            ["source"] = source.Chinese,
            ["source_en"] = source.English,
        };
        return new(ErrorKind.RuleViolation, code, $"{message} ({source.English})") { Arguments = all };
    }
}

/// <summary>The categories the web layer maps to HTTP status codes in one place.</summary>
public enum ErrorKind
{
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
    RuleViolation,
}
