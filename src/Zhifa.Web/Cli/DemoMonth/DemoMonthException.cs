namespace Zhifa.Web.Cli.DemoMonth;

/// <summary>A failure that ends the scenario with one line on standard error and a non-zero exit code.</summary>
internal sealed class DemoMonthException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
