using Zhifa.Domain.Lists;
using Zhifa.Infrastructure.Lists;
using Zhifa.Infrastructure.Lists.Files;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Web.Lists;

namespace Zhifa.Web.Cli;

/// <summary>Writes one list to a CSV or XLSX file, chosen by the file's extension.</summary>
internal sealed class ListsExportVerb : IVerb
{
    public string Name => "lists export";

    public string Usage => "lists export LIST FILE.csv|FILE.xlsx";

    public string Summary => "export a list (personnel, matters, ...) to a file";

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments)
    {
        if (ListsVerbArguments.Read(arguments) is not var (definition, path, format))
        {
            return 64;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        var repository = scope.ServiceProvider.GetRequiredService<ListRepositories>().For(definition.Kind);
        var actor = await SystemActor.CreateAsync(db);
        var context = repository.ContextFor(actor);
        var items = await repository.AllAsync(actor, CancellationToken.None);

        await using var file = File.Create(path);
        await ListFileWriter.WriteAsync(definition, items.Select(i => definition.Snapshot(i, context)), format, file, CancellationToken.None);
        Console.WriteLine($"Wrote {items.Count} entries of {definition.Slug} to {path}.");
        return 0;
    }
}

/// <summary>Reads "LIST FILE" arguments shared by the list verbs, printing what is wrong.</summary>
internal static class ListsVerbArguments
{
    public static (IListDefinition Definition, string Path, ListFileFormat Format)? Read(string[] arguments)
    {
        var slugs = string.Join(", ", ListCatalog.All.Select(d => d.Slug));
        if (arguments.Length != 2)
        {
            Console.Error.WriteLine($"zhifa: give a list ({slugs}) and a file name ending in .csv or .xlsx.");
            return null;
        }

        if (ListCatalog.FindBySlug(arguments[0]) is not { } definition)
        {
            Console.Error.WriteLine($"zhifa: there is no list \"{arguments[0]}\"; the lists are {slugs}.");
            return null;
        }

        if (ListFileTypes.FromFileName(arguments[1]) is not { } format)
        {
            Console.Error.WriteLine($"zhifa: \"{arguments[1]}\" does not end in .csv or .xlsx; name the file with one of them.");
            return null;
        }

        return (definition, arguments[1], format);
    }
}
