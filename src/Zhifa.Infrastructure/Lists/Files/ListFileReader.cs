using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using Zhifa.Domain.Lists;

namespace Zhifa.Infrastructure.Lists.Files;

/// <summary>
/// Reads an import file into rows keyed by column name. The header row may use the column names, the
/// Chinese headers or the English headers of the list. File-level problems (encoding, unknown or missing
/// columns, size) are reported before any row is looked at.
/// </summary>
public static class ListFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<ListFileResult> ReadAsync(
        IListDefinition definition,
        Stream content,
        ListFileFormat format,
        CancellationToken ct)
    {
        var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length > ListFileLimits.MaxBytes)
        {
            return ListFileResult.Failed("import.too_large",
                $"The file has {buffer.Length} bytes; at most {ListFileLimits.MaxBytes} are accepted. Split it into smaller files.");
        }

        if (buffer.Length == 0)
        {
            return ListFileResult.Failed("import.empty", "The file is empty; export the list to get a file with the right columns.");
        }

        buffer.Position = 0;
        var table = format == ListFileFormat.Csv ? ReadCsv(buffer) : ReadXlsx(buffer);
        return table.Error is not null
            ? new ListFileResult([], [table.Error])
            : ToRows(definition, table.Lines, checkCellCount: format == ListFileFormat.Csv);
    }

    private static (List<(int Line, string?[] Cells)> Lines, FieldError? Error) ReadCsv(MemoryStream buffer)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return ([], new FieldError(0, "", "", "import.not_utf8",
                "The file is not UTF-8 text (GBK files from older Excel versions are not); save it as \"CSV UTF-8\" and import again."));
        }

        text = text.TrimStart('\uFEFF');
        var lines = new List<(int, string?[])>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            BadDataFound = null,
            DetectDelimiter = false,
        };
        using var reader = new StringReader(text);
        using var csv = new CsvParser(reader, configuration);
        try
        {
            while (csv.Read())
            {
                if (lines.Count > ListFileLimits.MaxRows)
                {
                    return ([], TooManyRows());
                }

                lines.Add((csv.Row, csv.Record ?? []));
            }
        }
        catch (CsvHelperException)
        {
            return ([], new FieldError(csv.Row, "", "", "import.malformed_csv",
                "The CSV is malformed near this line (an unclosed quote?); fix the line and import again."));
        }

        return (lines, null);
    }

    private static (List<(int Line, string?[] Cells)> Lines, FieldError? Error) ReadXlsx(MemoryStream buffer)
    {
        if (UncompressedSizeTooLarge(buffer))
        {
            return ([], new FieldError(0, "", "", "import.too_large",
                $"The workbook unpacks to more than {ListFileLimits.MaxUncompressedBytes} bytes; split it into smaller files."));
        }

        buffer.Position = 0;
        var lines = new List<(int, string?[])>();
        try
        {
            var line = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(buffer, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                line++;
                if (lines.Count > ListFileLimits.MaxRows)
                {
                    return ([], TooManyRows());
                }

                lines.Add((line, row.Values.Select(CellText).ToArray()));
            }
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or System.Xml.XmlException
            or NotSupportedException or ArgumentException or IOException)
        {
            return ([], new FieldError(0, "", "", "import.malformed_xlsx",
                "The file is not a readable .xlsx workbook; save it from Excel or WPS as .xlsx and import again."));
        }

        return (lines, null);
    }

    // An .xlsx is a zip: a small upload can unpack to gigabytes (a "zip bomb"), so the sizes the
    // archive declares are checked before any part is read. A file that is not a zip is left to the
    // workbook reader, which reports it as malformed.
    private static bool UncompressedSizeTooLarge(MemoryStream buffer)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
            return zip.Entries.Sum(e => e.Length) > ListFileLimits.MaxUncompressedBytes;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static string? CellText(object? value) => value switch
    {
        null => null,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString("0.##########", CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.##########", CultureInfo.InvariantCulture),
        bool flag => flag ? "是" : "否",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static ListFileResult ToRows(IListDefinition definition, List<(int Line, string?[] Cells)> lines, bool checkCellCount)
    {
        var nonEmpty = lines.Where(l => l.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (nonEmpty.Count == 0)
        {
            return ListFileResult.Failed("import.empty", "The file has no header row; export the list to get a file with the right columns.");
        }

        var header = nonEmpty[0];
        var (columns, headerErrors) = MapHeader(definition, header.Line, header.Cells);
        if (headerErrors.Count > 0)
        {
            return new ListFileResult([], headerErrors);
        }

        if (checkCellCount && CountMismatches(nonEmpty, header.Cells.Length) is { Count: > 0 } mismatches)
        {
            return new ListFileResult([], mismatches);
        }

        var rows = nonEmpty.Skip(1).Select(line => new ImportRow(line.Line, columns
            .Select((name, index) => (name, value: index < line.Cells.Length ? line.Cells[index] : null))
            .Where(cell => cell.name is not null)
            .ToDictionary(cell => cell.name!, cell => cell.value))).ToList();
        return rows.Count == 0
            ? ListFileResult.Failed("import.no_rows", "The file has a header row but no entries; add rows under the header.")
            : new ListFileResult(rows, []);
    }

    // A CSV line with another number of cells than the header usually means an unclosed quote that
    // swallowed the following lines into one cell; importing it would silently lose those rows.
    private static List<FieldError> CountMismatches(List<(int Line, string?[] Cells)> lines, int headerCells) =>
        lines.Skip(1)
            .Where(line => line.Cells.Length != headerCells)
            .Select(line => new FieldError(line.Line, "", "", "import.cell_count",
                $"This line has {line.Cells.Length} cells but the header has {headerCells}; look for an unclosed quote (\") or a stray comma on this line."))
            .ToList();

    private static (List<string?> Columns, List<FieldError> Errors) MapHeader(IListDefinition definition, int line, string?[] cells)
    {
        var columns = new List<string?>();
        var errors = new List<FieldError>();
        foreach (var raw in cells)
        {
            var text = (raw ?? "").Trim();
            if (text.Length == 0)
            {
                columns.Add(null);
                continue;
            }

            var column = definition.Columns.FirstOrDefault(c =>
                string.Equals(c.Name, text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.HeaderZh, text, StringComparison.Ordinal)
                || string.Equals(c.HeaderEn, text, StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                errors.Add(new FieldError(line, text, text, "import.unknown_column",
                    "This column is not part of the list; remove it or correct the header (export the list to see the headers)."));
            }
            else if (columns.Contains(column.Name))
            {
                errors.Add(new FieldError(line, column.Name, text, "import.duplicate_column",
                    "This column appears twice in the header; keep one of them."));
            }

            columns.Add(column is null || columns.Contains(column.Name) ? null : column.Name);
        }

        var missing = definition.Columns.Where(c => c.IsRequired && !columns.Contains(c.Name)).ToList();
        errors.AddRange(missing.Select(c => new FieldError(line, c.Name, "", "import.missing_column",
            $"The required column \"{c.HeaderZh}\" ({c.Name}) is missing; add it to the header row.")));
        return (columns, errors);
    }

    private static FieldError TooManyRows() => new(0, "", "", "import.too_many_rows",
        $"The file has more than {ListFileLimits.MaxRows} rows; split it into smaller files.");
}
