using System.Text.Json;

namespace Zhifa.Domain.Tests.Record;

/// <summary>
/// Finds the shared test vectors. The tests run from a bin folder inside the clone, and the vectors live in
/// <c>shared/testvectors</c> in some folder above it: inside the clone, or beside it as
/// <c>&lt;clone&gt;/../shared</c> on CI. Walking up from the test assembly finds both.
/// </summary>
internal static class TestVectors
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    public static string Root => RootDirectory.Value;

    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);

    public static JsonElement ReadJson(params string[] parts)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(PathTo(parts)));
        return document.RootElement.Clone();
    }

    public static byte[] Hex(string hex) => Convert.FromHexString(hex);

    private static string FindRoot()
    {
        var start = new DirectoryInfo(AppContext.BaseDirectory);
        for (var directory = start; directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "testvectors");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No shared/testvectors folder was found above {AppContext.BaseDirectory}. "
            + "Put a copy of shared/ in the clone or beside it (<clone>/../shared/testvectors).");
    }
}
