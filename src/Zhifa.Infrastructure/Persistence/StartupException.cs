namespace Zhifa.Infrastructure.Persistence;

/// <summary>
/// A configuration or environment problem that stops start-up. The message is one line that names the
/// setting and the fix; the host prints it instead of a stack trace.
/// </summary>
public sealed class StartupException : Exception
{
    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StartupException()
    {
    }
}
