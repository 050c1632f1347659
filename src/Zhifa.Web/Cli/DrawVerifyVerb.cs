using Zhifa.Domain.RandomInspection;

namespace Zhifa.Web.Cli;

/// <summary>
/// Recomputes a published draw file from its own inputs, without the database: exit 0 when the
/// commitment, the seed and the result all match, 1 with the reason when one does not or the file is
/// malformed.
/// </summary>
internal sealed class DrawVerifyVerb : IVerb
{
    /// <summary>Largest draw file read; a draw over 100,000 candidates is about 10 MB.</summary>
    private const long MaxFileBytes = 256L * 1024 * 1024;

    public string Name => "draw verify";

    public string Usage => "draw verify FILE.json";

    public string Summary => "recompute a published double random draw and compare";

    public bool NeedsHost => false;

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments)
    {
        if (arguments.Length != 1)
        {
            await Console.Error.WriteLineAsync("draw verify: name one draw file, as downloaded from the portal: draw verify FILE.json");
            return 64;
        }

        var path = arguments[0];
        var info = new FileInfo(path);
        if (info.Exists && info.Length > MaxFileBytes)
        {
            await Console.Error.WriteLineAsync($"draw verify: MALFORMED: {path} has {info.Length} bytes; a draw file has at most {MaxFileBytes}.");
            return 1;
        }

        var verification = DrawVerifier.Verify(await File.ReadAllTextAsync(path));
        switch (verification.Status)
        {
            case DrawVerificationStatus.Match:
                Console.WriteLine($"draw verify: MATCH: {verification.Reason}");
                return 0;
            case DrawVerificationStatus.Mismatch:
                Console.WriteLine($"draw verify: MISMATCH: {verification.Reason}");
                return 1;
            case DrawVerificationStatus.Malformed:
                await Console.Error.WriteLineAsync($"draw verify: MALFORMED: {path} is not a draw file: {verification.Reason}");
                return 1;
            default:
                throw new InvalidOperationException($"Unknown verification status {verification.Status}.");
        }
    }
}
