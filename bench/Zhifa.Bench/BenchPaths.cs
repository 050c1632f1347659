namespace Zhifa.Bench;

/// <summary>Where results go: bench/results in the repository, found from the working folder upwards.</summary>
internal static class BenchPaths
{
    public static string Results
    {
        get
        {
            for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Zhifa.slnx")))
                {
                    return Directory.CreateDirectory(Path.Combine(folder.FullName, "bench", "results")).FullName;
                }
            }

            return Directory.CreateDirectory("bench-results").FullName;
        }
    }
}
