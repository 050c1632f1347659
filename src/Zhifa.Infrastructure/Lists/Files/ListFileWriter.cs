using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Text;

namespace Zhifa.Infrastructure.Lists.Files;

/// <summary>
/// Writes a list as CSV (UTF-8 with a byte order mark, so Excel reads Chinese correctly) or XLSX, with the
/// Chinese headers, which <see cref="ListFileReader"/> reads back. Text that a spreadsheet would run as
/// a formula is neutralised: a leading apostrophe in CSV, a string-typed cell in XLSX. Numeric columns
/// are written as numbers and never changed.
/// </summary>
public static class ListFileWriter
{
    public static async Task WriteAsync(
        IListDefinition definition,
        IEnumerable<IReadOnlyDictionary<string, string>> snapshots,
        ListFileFormat format,
        Stream output,
        CancellationToken ct)
    {
        if (format == ListFileFormat.Csv)
        {
            await WriteCsvAsync(definition, snapshots, output, ct);
        }
        else
        {
            await WriteXlsxAsync(definition, snapshots, output, ct);
        }
    }

    private static async Task WriteCsvAsync(
        IListDefinition definition,
        IEnumerable<IReadOnlyDictionary<string, string>> snapshots,
        Stream output,
        CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // Our own neutralisation below keeps numeric columns untouched; CsvHelper's would quote them too.
            InjectionOptions = InjectionOptions.None,
        });
        foreach (var column in definition.Columns)
        {
            csv.WriteField(column.HeaderZh);
        }

        await csv.NextRecordAsync();
        foreach (var snapshot in snapshots)
        {
            foreach (var column in definition.Columns)
            {
                var value = snapshot.GetValueOrDefault(column.Name, "");
                csv.WriteField(column.IsNumeric ? value : SpreadsheetText.Neutralise(value));
            }

            await csv.NextRecordAsync();
            ct.ThrowIfCancellationRequested();
        }
    }

    private static async Task WriteXlsxAsync(
        IListDefinition definition,
        IEnumerable<IReadOnlyDictionary<string, string>> snapshots,
        Stream output,
        CancellationToken ct)
    {
        // The package writer needs a seekable stream; a response body is not one.
        var buffer = new MemoryStream();
        XlsxListWriter.Write(definition, snapshots, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }
}
