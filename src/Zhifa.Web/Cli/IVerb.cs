namespace Zhifa.Web.Cli;

/// <summary>An administrative command; <see cref="Name"/> may be two words ("demo load").</summary>
internal interface IVerb
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    /// <summary>False for a verb that works on files alone, so no host, database or data folder is set up.</summary>
    bool NeedsHost => true;

    /// <summary>Runs the verb; returns the process exit code.</summary>
    Task<int> RunAsync(IServiceProvider services, string[] arguments);
}
