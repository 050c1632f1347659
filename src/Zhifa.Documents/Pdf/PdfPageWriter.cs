using SkiaSharp;

namespace Zhifa.Documents.Pdf;

/// <summary>
/// Draws lines of text top to bottom inside the official text area, starting a new A4 page when the
/// next line would cross the bottom margin, and numbers each page at its foot as — 1 —.
/// </summary>
internal sealed class PdfPageWriter(SKDocument document, TextStyle pageNumberStyle)
{
    private static readonly float PageWidth = OfficialPage.ToPoints(OfficialPage.WidthMillimetres);
    private static readonly float PageHeight = OfficialPage.ToPoints(OfficialPage.HeightMillimetres);

    // The page number's line starts 7 mm below the text area.
    private static readonly float PageNumberGap = OfficialPage.ToPoints(7);

    private SKCanvas? _canvas;
    private int _pageNumber;
    private float _y;

    public float Left { get; } = OfficialPage.ToPoints(OfficialPage.LeftMillimetres);

    public float Right { get; } = PageWidth - OfficialPage.ToPoints(OfficialPage.RightMillimetres);

    public float Width => Right - Left;

    private float Top { get; } = OfficialPage.ToPoints(OfficialPage.TopMillimetres);

    private float Bottom { get; } = PageHeight - OfficialPage.ToPoints(OfficialPage.BottomMillimetres);

    public int PageCount => _pageNumber;

    /// <summary>
    /// Starts a new page unless <paramref name="height"/> points still fit above the bottom margin. A block
    /// taller than a whole page starts on a new page and then breaks where it must.
    /// </summary>
    public void EnsureSpace(float height)
    {
        if (_canvas is null || _y + height > Bottom)
        {
            NewPage();
        }
    }

    public void AddSpace(float height)
    {
        if (_canvas is not null)
        {
            _y += height;
        }
    }

    /// <summary>
    /// Draws one line with its left edge at <paramref name="x"/>, on a new page if the line does not fit.
    /// </summary>
    public void DrawLine(string text, TextStyle style, float x, SKColor color)
    {
        EnsureSpace(style.LinePitch);
        DrawAt(text, style, x, _y, color);
        _y += style.LinePitch;
    }

    /// <summary>
    /// Draws one line at <paramref name="x"/> on the current line position without advancing it, so a
    /// second column can be drawn beside it.
    /// </summary>
    public void DrawBeside(string text, TextStyle style, float x, SKColor color)
    {
        EnsureSpace(style.LinePitch);
        DrawAt(text, style, x, _y, color);
    }

    public void AdvanceLine(float pitch) => _y += pitch;

    public void DrawRule(SKColor color, float thickness)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = thickness, IsAntialias = true };
        _canvas!.DrawLine(Left, _y, Right, _y, paint);
    }

    public void Finish()
    {
        if (_canvas is not null)
        {
            EndPage();
        }
    }

    private void NewPage()
    {
        if (_canvas is not null)
        {
            EndPage();
        }

        _canvas = document.BeginPage(PageWidth, PageHeight);
        _pageNumber++;
        _y = Top;
    }

    private void EndPage()
    {
        var label = $"— {_pageNumber} —";
        var x = (PageWidth - pageNumberStyle.Measure(label)) / 2;
        DrawAt(label, pageNumberStyle, x, Bottom + PageNumberGap, SKColors.Black);
        document.EndPage();
        _canvas = null;
    }

    // Centres the glyphs vertically in the line pitch: the baseline sits below the top of the line by half
    // the spare room plus the font's ascent.
    private void DrawAt(string text, TextStyle style, float x, float top, SKColor color)
    {
        var metrics = style.Font.Metrics;
        var glyphHeight = metrics.Descent - metrics.Ascent;
        var baseline = top + ((style.LinePitch - glyphHeight) / 2) - metrics.Ascent;
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        _canvas!.DrawText(text, x, baseline, SKTextAlign.Left, style.Font, paint);
    }
}
