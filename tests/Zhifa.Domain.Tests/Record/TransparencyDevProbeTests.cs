using System.Text.Json;
using Zhifa.Domain.Record;

namespace Zhifa.Domain.Tests.Record;

/// <summary>
/// The inclusion and consistency probes of transparency-dev/merkle (testdata/inclusion and
/// testdata/consistency). Each file contains one check and whether it must fail.
/// </summary>
public class TransparencyDevProbeTests
{
    private const int InclusionProbeCount = 98;
    private const int ConsistencyProbeCount = 98;

    // The one probe where our policy differs on purpose: it expects two equal 12-byte "roots" of a size-1
    // tree to pass, but no SHA-256 root has 12 bytes, so the verifier rejects them by length.
    private static readonly Dictionary<string, string> Deviations = new(StringComparer.Ordinal)
    {
        ["consistency/additional/sizes-are-equal-one-and-proof-is-empty.json"] = "record.hash_length",
    };

    private static readonly ProofVerifier Verifier = new(MerkleHasher.Sha256);

    public static TheoryData<string> InclusionProbes => new(ProbeFiles("inclusion"));

    public static TheoryData<string> ConsistencyProbes => new(ProbeFiles("consistency"));

    [Fact]
    public void ProbeFolders_AllFilesPresent_CountsMatch()
    {
        Assert.Equal(InclusionProbeCount, ProbeFiles("inclusion").Count);
        Assert.Equal(ConsistencyProbeCount, ProbeFiles("consistency").Count);
    }

    [Theory]
    [MemberData(nameof(InclusionProbes))]
    public void InclusionProbe_Verified_MatchesWantErr(string probe)
    {
        var json = ReadProbe(probe);

        var result = Verifier.VerifyInclusion(
            ReadSize(json.GetProperty("leafIdx")),
            ReadSize(json.GetProperty("treeSize")),
            json.GetProperty("leafHash").GetBytesFromBase64(),
            ReadProof(json),
            json.GetProperty("root").GetBytesFromBase64());

        AssertOutcome(probe, json, result);
    }

    [Theory]
    [MemberData(nameof(ConsistencyProbes))]
    public void ConsistencyProbe_Verified_MatchesWantErr(string probe)
    {
        var json = ReadProbe(probe);

        var result = Verifier.VerifyConsistency(
            ReadSize(json.GetProperty("size1")),
            ReadSize(json.GetProperty("size2")),
            ReadProof(json),
            json.GetProperty("root1").GetBytesFromBase64(),
            json.GetProperty("root2").GetBytesFromBase64());

        AssertOutcome(probe, json, result);
    }

    private static void AssertOutcome(string probe, JsonElement json, VerificationResult result)
    {
        if (Deviations.TryGetValue(probe, out var expectedCode))
        {
            Assert.False(result.IsValid);
            Assert.Equal(expectedCode, result.Error!.Code);
            return;
        }

        var wantErr = json.GetProperty("wantErr").GetBoolean();
        Assert.True(wantErr != result.IsValid, $"{probe} ({json.GetProperty("desc")}): {result}");
    }

    private static List<string> ProbeFiles(string kind)
    {
        var directory = TestVectors.PathTo("merkle", "transparency-dev-merkle", "testdata");
        return Directory.EnumerateFiles(Path.Combine(directory, kind), "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(directory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static JsonElement ReadProbe(string probe) =>
        TestVectors.ReadJson(["merkle", "transparency-dev-merkle", "testdata", .. probe.Split('/')]);

    // The probes use Go's uint64, so "index - 1" at index 0 wraps to 2^64 - 1. Reinterpreting the bits as a
    // signed 64-bit value gives -1, the same wrapped value our long-based API receives.
    private static long ReadSize(JsonElement element) =>
        element.TryGetInt64(out var value) ? value : unchecked((long)element.GetUInt64());

    private static byte[][]? ReadProof(JsonElement json)
    {
        var proof = json.GetProperty("proof");
        return proof.ValueKind == JsonValueKind.Null
            ? null
            : proof.EnumerateArray().Select(element => element.GetBytesFromBase64()).ToArray();
    }
}
