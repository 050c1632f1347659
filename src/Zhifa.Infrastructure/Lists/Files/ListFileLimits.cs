namespace Zhifa.Infrastructure.Lists.Files;

/// <summary>
/// Bounds on imported files. The largest demo list has a few dozen rows and a provincial personnel list a
/// few thousand; the bounds leave room for that while keeping a mistaken upload from exhausting memory.
/// </summary>
public static class ListFileLimits
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public const int MaxRows = 20_000;

    /// <summary>Most bytes an .xlsx workbook may unpack to; ten times the upload limit.</summary>
    public const long MaxUncompressedBytes = 10 * MaxBytes;
}
