using System.Diagnostics;

namespace Zhifa.Web.Tests.Hosting;

/// <summary>A bad setting stops start-up with exit code 2 and one line naming the setting and the fix.</summary>
public sealed class StartupErrorTests
{
    private static async Task<(int ExitCode, string StandardError)> StartAsync(params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "migrate"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["ZHIFA_DATA"] = Path.Combine(Path.GetTempPath(), "zhifa-startup-" + Guid.NewGuid().ToString("N"));
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var standardError = await process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, standardError.Trim());
    }

    [Fact]
    public async Task UnknownProvider_NamesSettingAndChoices()
    {
        var (exitCode, error) = await StartAsync(("Database__Provider", "oracle"));

        Assert.Equal(2, exitCode);
        Assert.Single(error.Split('\n'));
        Assert.Contains("Database:Provider is \"oracle\"", error, StringComparison.Ordinal);
        Assert.Contains("sqlite (the default) or postgres", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachablePostgres_NamesConnectionStringWithoutPassword()
    {
        var (exitCode, error) = await StartAsync(
            ("Database__Provider", "postgres"),
            ("ConnectionStrings__Postgres", "Host=127.0.0.1;Port=1;Database=zhifa;Username=zhifa;Password=do-not-print;Timeout=3"));

        Assert.Equal(2, exitCode);
        Assert.Single(error.Split('\n'));
        Assert.Contains("cannot reach PostgreSQL with ConnectionStrings:Postgres", error, StringComparison.Ordinal);
        Assert.DoesNotContain("do-not-print", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnwritableDataFolder_NamesVariable()
    {
        var (exitCode, error) = await StartAsync(("ZHIFA_DATA", "/proc/zhifa-cannot-write-here"));

        Assert.Equal(2, exitCode);
        Assert.Contains("the data folder /proc/zhifa-cannot-write-here is not writable", error, StringComparison.Ordinal);
        Assert.Contains("ZHIFA_DATA", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgresWithoutConnectionString_SaysWhatToSet()
    {
        var (exitCode, error) = await StartAsync(("Database__Provider", "postgres"));

        Assert.Equal(2, exitCode);
        Assert.Contains("ConnectionStrings:Postgres is empty", error, StringComparison.Ordinal);
    }
}
