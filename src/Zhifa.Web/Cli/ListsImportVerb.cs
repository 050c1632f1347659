using Zhifa.Infrastructure.Lists;
using Zhifa.Infrastructure.Lists.Files;
using Zhifa.Infrastructure.Persistence;

namespace Zhifa.Web.Cli;

/// <summary>Imports a CSV or XLSX file into a list; any bad row rejects the whole file.</summary>
internal sealed class ListsImportVerb : IVerb
{
    public string Name => "lists import";

    public string Usage => "lists import LIST FILE.csv|FILE.xlsx";

    public string Summary => "import a file into a list; all rows or none";

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments)
    {
        if (ListsVerbArguments.Read(arguments) is not var (definition, path, format))
        {
            return 64;
        }

        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"zhifa: the file {path} does not exist.");
            return 66;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhifaDbContext>();
        await using var file = File.OpenRead(path);
        var read = await ListFileReader.ReadAsync(definition, file, format, CancellationToken.None);
        var report = read.Errors.Count > 0
            ? new ImportReport(0, 0, 0, read.Errors)
            : await scope.ServiceProvider.GetRequiredService<ListRepositories>().For(definition.Kind)
                .ImportAsync(await SystemActor.CreateAsync(db), read.Rows, CancellationToken.None);

        if (!report.Applied)
        {
            await Console.Error.WriteLineAsync($"zhifa: {report.Errors.Count} problem(s); nothing was imported:");
            foreach (var error in report.Errors)
            {
                await Console.Error.WriteLineAsync($"  line {error.Line}, column {error.Column}, value \"{error.Value}\": {error.Message}");
            }

            return 1;
        }

        Console.WriteLine($"Imported {definition.Slug}: {report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged.");
        return 0;
    }
}
