using SkiaSharp;

namespace Zhifa.Documents.Pdf;

/// <summary>
/// A font at one size with the distance between baselines (line pitch), in points.
/// </summary>
internal sealed class TextStyle(SKTypeface typeface, float size, float linePitch) : IDisposable
{
    // Unhinted, subpixel advances match the widths the PDF stores for each glyph, so text extraction finds
    // no false gaps inside words such as 91310000MA1TEST00X.
    public SKFont Font { get; } = new(typeface, size)
    {
        Hinting = SKFontHinting.None,
        Subpixel = true,
        LinearMetrics = true,
    };

    public float Size { get; } = size;

    public float LinePitch { get; } = linePitch;

    public float Measure(string text) => Font.MeasureText(text);

    public void Dispose() => Font.Dispose();
}
