namespace Zhifa.Domain.Text;

/// <summary>
/// Protection against formula injection in exported files. A spreadsheet runs a text cell that starts
/// with '=', '+', '-', '@', a tab or a carriage return as a formula, so such text gets a leading
/// apostrophe in CSV. Numeric columns are never touched, so -50.00 stays a number. On import a leading
/// apostrophe followed by one of those characters is removed again, so an export imports unchanged.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static bool LooksLikeFormula(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]);

    public static string Neutralise(string text) => LooksLikeFormula(text) ? "'" + text : text;

    public static string Restore(string text) =>
        text.Length > 1 && text[0] == '\'' && FormulaStarts.Contains(text[1]) ? text[1..] : text;
}
