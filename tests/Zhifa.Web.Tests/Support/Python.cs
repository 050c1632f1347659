using System.Diagnostics;

namespace Zhifa.Web.Tests.Support;

/// <summary>Runs the repository's Python tools with python3 from the PATH.</summary>
public static class Python
{
    private static readonly Lazy<string?> Found = new(FindExecutable);

    /// <summary>The full path of python3, or null when it is not on the PATH.</summary>
    public static string? Executable => Found.Value;

    /// <summary>The repository folder, the first above the tests that contains tools/verify_ledger.py.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Runs a script to its end without proxy settings, so it connects straight to the host.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable!, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot,
        };
        string[] proxyVariables = ["http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"];
        foreach (var variable in proxyVariables)
        {
            start.Environment.Remove(variable);
        }

        start.Environment["NO_PROXY"] = "127.0.0.1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }

    private static string? FindExecutable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "python3"))
            .FirstOrDefault(File.Exists);

    private static string FindRepositoryRoot()
    {
        var start = new DirectoryInfo(AppContext.BaseDirectory);
        for (var directory = start; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "tools", "verify_ledger.py")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No tools/verify_ledger.py was found above {AppContext.BaseDirectory}.");
    }
}
