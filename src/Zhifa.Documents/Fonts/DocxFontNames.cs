namespace Zhifa.Documents.Fonts;

/// <summary>
/// Font names written into DOCX files. Word picks the w:eastAsia font for Chinese characters and
/// w:ascii/w:hAnsi for Latin letters and digits, so each run names both.
/// </summary>
internal static class DocxFontNames
{
    /// <summary>Body font of Chinese official documents, as named in Chinese editions of Windows.</summary>
    public const string Body = "仿宋_GB2312";

    /// <summary>Fallback for <see cref="Body"/> that Windows ships (Chinese name 仿宋).</summary>
    public const string BodyFallback = "FangSong";

    /// <summary>Heading and title font.</summary>
    public const string Heading = "黑体";

    /// <summary>Fallback for <see cref="Heading"/>, the English name of the same Windows font.</summary>
    public const string HeadingFallback = "SimHei";

    /// <summary>Font for Latin letters and digits.</summary>
    public const string Latin = "Times New Roman";
}
