using Zhifa.Web.Cli;
using Zhifa.Web.Hosting;

// One executable: with a verb it runs an administrative command, without one it serves the platform.
if (CommandLine.IsVerb(args))
{
    return await CommandLine.RunAsync(args);
}

return await WebHost.RunAsync(args);

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
