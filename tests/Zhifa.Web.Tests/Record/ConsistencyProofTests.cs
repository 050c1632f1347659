using System.Net;
using Zhifa.Domain.Record;
using Zhifa.Domain.Tests.Record;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Record;

/// <summary>
/// Consistency proofs served for a log of 86 entries (start-up's 68, a sign-in and 17 list edits). Proofs
/// between small trees, powers of two and their neighbours verify against roots recomputed from the entries
/// with the RFC 9162 definition. Any single changed byte of a proof makes verification fail.
/// </summary>
public sealed class ConsistencyProofTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private const int LogSize = (int)DemoLedger.StartupEntries + 1 + 17;

    private static readonly int[] Sizes =
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 31, 32, 33, 53, 54, 55, 56, 63, 64, 65, 71, 72, 73, 74, 85, 86];

    private readonly ProofVerifier _verifier = new(MerkleHasher.Sha256);

    [Fact]
    public async Task Consistency_ManySizePairs_VerifyAndRejectFlippedBytes()
    {
        var client = factory.CreateBrowser();
        var reference = await GrowLogAsync(client);
        var pairs = Sizes.SelectMany(m => Sizes.Where(n => n >= m).Select(n => (From: m, To: n))).ToList();

        var proofs = new List<(int From, int To, List<byte[]> Proof, byte[] FromRoot, byte[] ToRoot)>();
        foreach (var (from, to) in pairs)
        {
            var (proof, fromRoot, toRoot) = await client.GetConsistencyAsync(from, to);
            proofs.Add((from, to, proof, fromRoot, toRoot));
        }

        Assert.True(proofs.Count >= 50, $"{proofs.Count} pairs");
        foreach (var (from, to, proof, fromRoot, toRoot) in proofs)
        {
            var oldRoot = reference.Root(from);
            var newRoot = reference.Root(to);
            Assert.Equal(oldRoot, fromRoot);
            Assert.Equal(newRoot, toRoot);
            Assert.Equal(reference.ConsistencyProof(from, to), proof);
            var result = _verifier.VerifyConsistency(from, to, proof, oldRoot, newRoot);
            Assert.True(result.IsValid, $"{from} -> {to}: {result}");
            AssertEveryFlippedByteFails(from, to, proof, oldRoot, newRoot);
        }
    }

    [Theory]
    [InlineData(1, 2, 1)]
    [InlineData(2, 4, 1)]
    [InlineData(3, 4, 3)]
    [InlineData(3, 7, 4)]
    [InlineData(4, 7, 1)]
    [InlineData(6, 7, 3)]
    [InlineData(4, 8, 1)]
    [InlineData(15, 16, 5)]
    [InlineData(16, 17, 1)]
    [InlineData(1, 17, 5)]
    public async Task Consistency_SmallTrees_HaveRfcProofLength(int from, int to, int length)
    {
        var client = factory.CreateBrowser();
        await GrowLogAsync(client);

        var (proof, _, _) = await client.GetConsistencyAsync(from, to);

        Assert.Equal(length, proof.Count);
    }

    [Fact]
    public async Task Consistency_OneToTwo_IsLeafHashOfSecondEntry()
    {
        var client = factory.CreateBrowser();
        var reference = await GrowLogAsync(client);

        var (proof, _, _) = await client.GetConsistencyAsync(1, 2);

        Assert.Equal(reference.LeafHash(1), Assert.Single(proof));
    }

    private void AssertEveryFlippedByteFails(int from, int to, List<byte[]> proof, byte[] oldRoot, byte[] newRoot)
    {
        for (var hash = 0; hash < proof.Count; hash++)
        {
            for (var position = 0; position < proof[hash].Length; position++)
            {
                var tampered = proof.Select(p => (byte[])p.Clone()).ToList();
                tampered[hash][position] ^= 0x01;

                var result = _verifier.VerifyConsistency(from, to, tampered, oldRoot, newRoot);

                Assert.False(
                    result.IsValid,
                    $"{from} -> {to}: the proof still verifies with byte {position} of hash {hash} flipped");
            }
        }
    }

    // The class's tests share one log. The first test to run grows it to LogSize entries and the others reuse it.
    private async Task<MerkleTreeReference> GrowLogAsync(HttpClient client)
    {
        if (await factory.LedgerSizeAsync() < LogSize)
        {
            var legal = await factory.SignedInAsync("legal");
            var (id, version, _) = (await legal.EntriesAsync("recording-matters")).First();
            for (var edit = 1; edit <= 17; edit++)
            {
                var values = new Dictionary<string, string?> { ["recording_method"] = $"执法记录仪第{edit}次" };
                var response = await legal.UpdateEntryAsync("recording-matters", id, version + edit - 1, values);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        Assert.Equal(LogSize, await factory.LedgerSizeAsync());
        return new MerkleTreeReference(MerkleHasher.Sha256, await client.GetLeavesAsync(LogSize));
    }
}
