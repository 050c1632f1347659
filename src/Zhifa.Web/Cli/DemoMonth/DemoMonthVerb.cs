namespace Zhifa.Web.Cli.DemoMonth;

/// <summary>
/// <c>demo month [--url URL]</c>: plays a month of the demo agency against a running platform (see
/// <see cref="DemoMonthScenario"/>). It needs no host of its own; verify at the end opens the configured database.
/// </summary>
internal sealed class DemoMonthVerb : IVerb
{
    public string Name => "demo month";

    public string Usage => "demo month [--url http://127.0.0.1:5000]";

    public string Summary => "play a month of the demo agency against a running platform";

    public bool NeedsHost => false;

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments)
    {
        var url = Hosting.WebHost.DefaultUrl;
        if (arguments is ["--url", var given])
        {
            url = given;
        }
        else if (arguments.Length > 0)
        {
            await Console.Error.WriteLineAsync($"demo month: unexpected arguments \"{string.Join(' ', arguments)}\"; usage: {Usage}");
            return 64;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            await Console.Error.WriteLineAsync($"demo month: --url \"{url}\" is not an http or https URL; write it like http://127.0.0.1:5000.");
            return 64;
        }

        return await new DemoMonthScenario(uri, Console.Out, Console.Error).RunAsync();
    }
}
