namespace Zhifa.Infrastructure.Lists.Files;

/// <summary>The file formats lists are imported from and exported to.</summary>
public enum ListFileFormat
{
    Csv,
    Xlsx,
}
