namespace Zhifa.Web.Cli;

/// <summary>An administrative command; <see cref="Name"/> may be two words ("demo load").</summary>
internal interface IVerb
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    /// <summary>Whether the verb uses the configured host (database, data folder); a verb that reads only its file does not.</summary>
    bool NeedsHost => true;

    /// <summary>Runs the verb; returns the process exit code.</summary>
    Task<int> RunAsync(IServiceProvider services, string[] arguments);
}
