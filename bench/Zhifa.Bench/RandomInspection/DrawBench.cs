using System.Diagnostics;
using System.Globalization;
using System.Text;
using Zhifa.Domain.RandomInspection;

namespace Zhifa.Bench.RandomInspection;

/// <summary>
/// Times a draw over a large directory and the verification of its file: the commitment digest, the draw
/// itself, writing the file and recomputing it, with the process's peak working set.
/// </summary>
internal static class DrawBench
{
    public static int Run(string[] args)
    {
        var candidates = ReadOption(args, "--candidates", 100_000);
        var inspectors = ReadOption(args, "--inspectors", 1_000);
        var targets = ReadOption(args, "--targets", candidates / 10);
        var inputs = BuildInputs(candidates, inspectors, targets);

        var timer = Stopwatch.StartNew();
        var commitment = inputs.Digest();
        var digestTime = timer.Elapsed;

        timer.Restart();
        var outcome = DrawAlgorithm.Run(inputs, DrawAlgorithm.Seed(commitment, "bench witness")).Value;
        var drawTime = timer.Elapsed;

        timer.Restart();
        var file = DrawFile.Write(inputs, "bench witness", outcome, new Dictionary<string, object?>());
        var writeTime = timer.Elapsed;

        timer.Restart();
        var verification = DrawVerifier.Verify(file);
        var verifyTime = timer.Elapsed;

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var report = new StringBuilder()
            .AppendLine("# Draw benchmark")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `dotnet run -c Release --project bench/Zhifa.Bench -- draw --candidates {candidates} --inspectors {inspectors} --targets {targets}`")
            .AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} logical cores, {RuntimeDescription()}, measured {DateTime.UtcNow:yyyy-MM-dd}; one run, no warm-up, so the first-call JIT cost is included.")
            .AppendLine()
            .AppendLine("| step | time |")
            .AppendLine("| --- | --- |")
            .AppendLine(CultureInfo.InvariantCulture, $"| commitment (canonical JSON and SHA-256 of the inputs) | {digestTime.TotalMilliseconds:0} ms |")
            .AppendLine(CultureInfo.InvariantCulture, $"| draw of {targets} targets with 2 inspectors each | {drawTime.TotalMilliseconds:0} ms |")
            .AppendLine(CultureInfo.InvariantCulture, $"| writing the draw file ({file.Length / 1e6:0.0} million characters) | {writeTime.TotalMilliseconds:0} ms |")
            .AppendLine(CultureInfo.InvariantCulture, $"| verification of the file: {verification.Status} | {verifyTime.TotalMilliseconds:0} ms |")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Peak working set of the process: {process.PeakWorkingSet64 / 1e6:0} MB.")
            .ToString();

        Directory.CreateDirectory(BenchPaths.Results);
        File.WriteAllText(Path.Combine(BenchPaths.Results, "draw.md"), report);
        Console.Write(report);
        return verification.Status == DrawVerificationStatus.Match ? 0 : 1;
    }

    private static DrawInputs BuildInputs(int candidates, int inspectors, int targets)
    {
        var random = new Random(20260601);
        var candidateIds = Enumerable.Range(0, candidates).Select(_ => Guid.CreateVersion7()).ToList();
        var inspectorIds = Enumerable.Range(0, inspectors).Select(_ => Guid.CreateVersion7()).ToList();

        // About one recusal per 50 candidates, spread over the inspectors.
        var recusals = Enumerable.Range(0, candidates / 50)
            .Select(_ => new Recusal(inspectorIds[random.Next(inspectors)], candidateIds[random.Next(candidates)], RecusalReason.DeclaredInterest));
        return new DrawInputs(
            Guid.CreateVersion7(),
            "BENCH-001",
            new DateOnly(2026, 6, 1),
            targets,
            2,
            weightedByRisk: false,
            candidateIds.Select(id => new DrawCandidate(id, 1 + random.Next(3))),
            inspectorIds,
            recusals);
    }

    private static string RuntimeDescription() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

    private static int ReadOption(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length
            ? int.Parse(args[index + 1], CultureInfo.InvariantCulture)
            : fallback;
    }
}
