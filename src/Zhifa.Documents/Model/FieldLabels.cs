namespace Zhifa.Documents.Model;

/// <summary>
/// Printing rule for field labels: both renderers print a label followed by a full-width colon (当事人：)
/// unless the label already ends with one.
/// </summary>
internal static class FieldLabels
{
    public static string WithColon(string label) =>
        label.EndsWith('：') || label.EndsWith(':') ? label : label + "：";
}
