using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Hosting;

namespace Zhifa.Web.Cli;

/// <summary>
/// The administrative verbs of <c>dotnet run --project src/Zhifa.Web -- VERB</c>. Each verb uses the
/// same configuration as the web host (database, data folder) and exits 0 on success.
/// </summary>
internal static class CommandLine
{
    private static readonly IReadOnlyList<IVerb> Verbs =
    [
        new MigrateVerb(),
        new DemoLoadVerb(),
        new DemoMonth.DemoMonthVerb(),
        new ListsExportVerb(),
        new ListsImportVerb(),
        new VerifyDossierVerb(),
        new VerifyVerb(),
        new DrawVerifyVerb(),
    ];

    /// <summary>Whether the arguments name a verb rather than web host options such as --urls.</summary>
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (!args[0].StartsWith('-') || args[0] is "--help" or "-h");

    public static async Task<int> RunAsync(string[] args)
    {
        if (args[0] is "--help" or "-h" or "help")
        {
            PrintHelp();
            return 0;
        }

        var verb = Verbs.FirstOrDefault(v => Matches(v, args));
        if (verb is null)
        {
            await Console.Error.WriteLineAsync($"zhifa: unknown verb \"{string.Join(' ', args.Take(2))}\"; run with --help to list the verbs.");
            return 64;
        }

        var rest = args.Skip(verb.Name.Split(' ').Length).ToArray();
        try
        {
            if (!verb.NeedsHost)
            {
                await using var noServices = new ServiceCollection().BuildServiceProvider();
                return await verb.RunAsync(noServices, rest);
            }

            var app = WebHost.Build(["--urls", "http://127.0.0.1:0", .. rest.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))]);
            return await verb.RunAsync(app.Services, rest.Where(a => !a.Contains('=', StringComparison.Ordinal) || !a.StartsWith("--", StringComparison.Ordinal)).ToArray());
        }
        catch (StartupException e)
        {
            await Console.Error.WriteLineAsync($"zhifa: cannot start: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file named on the command line cannot be read or written: report which one and why.
            await Console.Error.WriteLineAsync($"zhifa: {verb.Name}: {e.Message}");
            return 74;
        }
    }

    private static bool Matches(IVerb verb, string[] args)
    {
        var words = verb.Name.Split(' ');
        return args.Length >= words.Length && words.Select((w, i) => w == args[i]).All(match => match);
    }

    private static void PrintHelp()
    {
        Console.WriteLine("Zhifa: the enforcement three-systems platform.");
        Console.WriteLine();
        Console.WriteLine("  dotnet run --project src/Zhifa.Web                 serve at http://127.0.0.1:5000 (--urls URL to change)");
        Console.WriteLine("  dotnet run --project src/Zhifa.Web -- VERB [ARGS]   run an administrative verb");
        Console.WriteLine();
        Console.WriteLine("Verbs:");
        foreach (var verb in Verbs)
        {
            Console.WriteLine($"  {verb.Usage,-44} {verb.Summary}");
        }

        Console.WriteLine();
        Console.WriteLine("Configuration (environment or appsettings): ZHIFA_DATA (data folder, default ./data),");
        Console.WriteLine("Database__Provider (sqlite | postgres), ConnectionStrings__Postgres.");
    }
}
