using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Zhifa.Domain.Lists;

namespace Zhifa.Infrastructure.Lists.Files;

/// <summary>
/// Writes a list as an XLSX workbook, row by row. Text goes into inline-string cells (t="inlineStr"),
/// which a spreadsheet never evaluates, so "=HYPERLINK(...)" stays text; numeric columns become number
/// cells. No formula element is ever written.
/// </summary>
internal static class XlsxListWriter
{
    public static void Write(IListDefinition definition, IEnumerable<IReadOnlyDictionary<string, string>> snapshots, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();

        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, definition.Columns.Select(c => (c.HeaderZh, false)));
            foreach (var snapshot in snapshots)
            {
                WriteRow(writer, definition.Columns.Select(c => (snapshot.GetValueOrDefault(c.Name, ""), c.IsNumeric)));
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbookPart.Workbook = new Workbook(new Sheets(new Sheet
        {
            Id = workbookPart.GetIdOfPart(sheetPart),
            SheetId = 1,
            Name = definition.Slug,
        }));
        workbookPart.Workbook.Save();
    }

    private static void WriteRow(OpenXmlWriter writer, IEnumerable<(string Value, bool IsNumeric)> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var (value, isNumeric) in cells)
        {
            if (value.Length == 0)
            {
                writer.WriteElement(new Cell());
            }
            else if (isNumeric && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            {
                writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(value) });
            }
            else
            {
                writer.WriteElement(new Cell(new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    DataType = CellValues.InlineString,
                });
            }
        }

        writer.WriteEndElement();
    }
}
