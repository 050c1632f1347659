using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Web.Hosting;

/// <summary>Builds and runs the web application; start-up problems end in one line on standard error.</summary>
internal static class WebHost
{
    public const string DefaultUrl = "http://127.0.0.1:5000";

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            var app = Build(args);
            await app.RunAsync();
            return 0;
        }
        catch (StartupException e)
        {
            await Console.Error.WriteLineAsync($"zhifa: cannot start: {e.Message}");
            return 2;
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            // Port 5000 is often taken on a developer's machine, so report it in one line instead of a stack trace.
            await Console.Error.WriteLineAsync(
                $"zhifa: cannot start: {e.Message.TrimEnd('.')}; another program listens there. Stop it, or choose another address with --urls, e.g. --urls http://127.0.0.1:5090.");
            return 2;
        }
    }

    private static void CheckUrls(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https"))
            {
                throw new StartupException($"--urls \"{url}\" is not a URL to listen on; write it like http://127.0.0.1:5000.");
            }
        }
    }

    public static WebApplication Build(string[] args)
    {
        // The content root is the binary's folder, so settings and static files are found wherever the
        // command is run from. The working folder decides only where ./data is.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        else
        {
            CheckUrls(builder.Configuration["urls"] ?? builder.Configuration["ASPNETCORE_URLS"]!);
        }

        // A failed start ends in one line from RunAsync. The host's own log of the same failure would put a
        // stack trace in front of it. Other exceptions still surface, unhandled, with their trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

        builder.AddZhifaServices();
        var app = builder.Build();
        app.UseZhifaPipeline();
        app.MapZhifaEndpoints();
        return app;
    }
}
