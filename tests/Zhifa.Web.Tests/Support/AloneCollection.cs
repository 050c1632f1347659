namespace Zhifa.Web.Tests.Support;

/// <summary>
/// Tests that load the machine for minutes (the 5 GB upload) run in this collection: after the parallel
/// ones and alone, so they do not starve the browser tests' timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Runs alone";
}
