using Zhifa.Domain.Lists;
using Zhifa.Infrastructure.Lists.Files;

namespace Zhifa.Web.Lists;

/// <summary>Media types, format names and file names of list files.</summary>
internal static class ListFileTypes
{
    public const string CsvMediaType = "text/csv";
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static ListFileFormat? FromContentType(string? contentType)
    {
        var mediaType = (contentType ?? "").Split(';')[0].Trim();
        return mediaType switch
        {
            CsvMediaType => ListFileFormat.Csv,
            XlsxMediaType => ListFileFormat.Xlsx,
            _ => null,
        };
    }

    public static ListFileFormat? FromName(string name) => name.Trim().ToUpperInvariant() switch
    {
        "CSV" => ListFileFormat.Csv,
        "XLSX" => ListFileFormat.Xlsx,
        _ => null,
    };

    /// <summary>Guesses the format of an uploaded file from its name, as browsers send it.</summary>
    public static ListFileFormat? FromFileName(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".CSV" => ListFileFormat.Csv,
        ".XLSX" => ListFileFormat.Xlsx,
        _ => null,
    };

    public static string MediaType(ListFileFormat format) => format == ListFileFormat.Csv ? CsvMediaType : XlsxMediaType;

    public static string FileName(IListDefinition definition, ListFileFormat format) =>
        $"{definition.Slug}.{(format == ListFileFormat.Csv ? "csv" : "xlsx")}";
}
