namespace Zhifa.Documents.Fonts;

/// <summary>
/// Thrown by the PDF renderer when none of the known Chinese font files is installed.
/// </summary>
public sealed class CjkFontNotFoundException : Exception
{
    public CjkFontNotFoundException()
    {
    }

    public CjkFontNotFoundException(string message)
        : base(message)
    {
    }

    public CjkFontNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
