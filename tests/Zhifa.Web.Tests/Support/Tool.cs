using System.Diagnostics;

namespace Zhifa.Web.Tests.Support;

/// <summary>Runs a command-line tool that scripts/test.sh installs (poppler, tesseract, ImageMagick), failing with its output.</summary>
public static class Tool
{
    public static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{program} is not installed; scripts/test.sh installs it from Debian's packages.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}");
            return await output;
        }
    }
}
