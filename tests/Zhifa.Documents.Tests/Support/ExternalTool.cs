using System.ComponentModel;
using System.Diagnostics;

namespace Zhifa.Documents.Tests.Support;

/// <summary>
/// Runs a command-line tool that scripts/test.sh installs, and fails with the Debian package to install
/// when the tool is missing.
/// </summary>
internal static class ExternalTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Run(string tool, string debianPackage, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)
                ?? throw new InvalidOperationException($"'{tool}' did not start.");
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException(
                $"'{tool}' was not found. Install it with 'apt-get install {debianPackage}' "
                + "(scripts/test.sh does this).",
                error);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{tool}' did not finish within {Timeout.TotalSeconds} s.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"'{tool} {string.Join(' ', arguments)}' failed with exit code {process.ExitCode}: {errors.Result}");
            }

            return output.Result;
        }
    }
}
