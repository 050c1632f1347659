using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Record;
using Zhifa.Domain.Tests.Record;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Record;

/// <summary>
/// /api/ledger as an outside auditor uses it: the signed checkpoint, the entries as exact bytes, and
/// inclusion and consistency proofs checked against signed roots and the RFC 9162 reference tree.
/// </summary>
public sealed class LedgerApiTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private readonly ProofVerifier _verifier = new(MerkleHasher.Sha256);

    [Fact]
    public async Task Checkpoint_AfterSigning_CoversEveryCommittedEntry()
    {
        var client = factory.CreateBrowser();
        await factory.SignCheckpointAsync();

        var checkpoint = await client.GetVerifiedCheckpointAsync();

        var committed = await factory.WithDatabaseAsync(db => db.LedgerEntries.LongCountAsync());
        Assert.Equal(committed, checkpoint.Size);
        Assert.Equal("zhifa.local/record", checkpoint.Origin);
        Assert.Equal("zhifa.local/record", (await client.GetVerifierKeyAsync()).Name);
        var leaves = await client.GetLeavesAsync(checkpoint.Size);
        var reference = new MerkleTreeReference(MerkleHasher.Sha256, leaves);
        Assert.Equal(reference.Root((int)checkpoint.Size), checkpoint.RootHash);
    }

    [Fact]
    public async Task Entries_DemoLoad_LeafBytesMatchHashAndFields()
    {
        var client = factory.CreateBrowser();

        var entries = await client.GetEntriesAsync(0, DemoLedger.DemoEntries);

        Assert.Equal(
            Enumerable.Range(0, (int)DemoLedger.DemoEntries).Select(i => (long)i),
            entries.Select(e => e.GetProperty("index").GetInt64()));
        foreach (var entry in entries)
        {
            var leaf = Convert.FromBase64String(entry.GetProperty("leaf").GetString()!);
            var decoded = LedgerEntry.Decode(leaf).Value;
            var leafHash = Convert.ToBase64String(MerkleHasher.Sha256.HashLeaf(leaf));
            Assert.Equal(leafHash, entry.GetProperty("leafHash").GetString());
            Assert.Equal(entry.GetProperty("index").GetInt64(), decoded.Index);
            Assert.Equal(decoded.FormatTime(), entry.GetProperty("time").GetString());
            Assert.Equal(decoded.Actor, entry.GetProperty("actor").GetString());
            Assert.Equal(decoded.Certificate, entry.GetProperty("certificate").GetString());
            Assert.Equal(decoded.Organisation, entry.GetProperty("organisation").GetString());
            Assert.Equal(decoded.Action, entry.GetProperty("action").GetString());
            Assert.Equal(decoded.Subject, entry.GetProperty("subject").GetString());
            Assert.Equal(decoded.PayloadSha256, entry.GetProperty("payloadSha256").GetString());
            Assert.Equal(
                decoded.FileSha256,
                entry.GetProperty("fileSha256").EnumerateArray().Select(f => f.GetString()));
        }

        Assert.All(entries, e => Assert.Equal("system:demo", e.GetProperty("actor").GetString()));
        Assert.All(entries, e => Assert.Equal("2026-06-01T02:00:00.000Z", e.GetProperty("time").GetString()));
        Assert.Equal(
            Enumerable.Repeat("organisation.created", 8)
                .Concat(Enumerable.Repeat("list.seeded", 34 + 12))
                .Concat(Enumerable.Repeat("user.created", 12)),
            entries.Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Entries_DemoLoad_PayloadHashMatchesStoredPayload()
    {
        var client = factory.CreateBrowser();

        var entries = await client.GetEntriesAsync(0, 54);

        var payloads = await factory.WithDatabaseAsync(db => db.LedgerPayloads.AsNoTracking()
            .Where(p => p.EntryIndex < 54)
            .ToDictionaryAsync(p => p.EntryIndex, p => p.Payload));
        Assert.Equal(54, payloads.Count);
        Assert.All(entries, e => Assert.Equal(
            Convert.ToHexStringLower(SHA256.HashData(payloads[e.GetProperty("index").GetInt64()])),
            e.GetProperty("payloadSha256").GetString()));
    }

    [Fact]
    public async Task InclusionProof_FirstMiddleLast_VerifiesAgainstSignedRoot()
    {
        var client = factory.CreateBrowser();
        await factory.SignCheckpointAsync();
        var checkpoint = await client.GetVerifiedCheckpointAsync();
        var size = checkpoint.Size;
        var reference = new MerkleTreeReference(MerkleHasher.Sha256, await client.GetLeavesAsync(size));

        long[] indexes = [0, size / 2, size - 1];
        var proofs = new List<(long Index, byte[] LeafHash, List<byte[]> Proof, byte[] Root)>();
        foreach (var index in indexes)
        {
            var (leafHash, proof, root) = await client.GetInclusionAsync(index, size);
            proofs.Add((index, leafHash, proof, root));
        }

        foreach (var (index, leafHash, proof, root) in proofs)
        {
            Assert.Equal(reference.LeafHash((int)index), leafHash);
            Assert.Equal(checkpoint.RootHash, root);
            Assert.Equal(reference.InclusionProof((int)index, (int)size), proof);
            var result = _verifier.VerifyInclusion(index, size, leafHash, proof, checkpoint.RootHash);
            Assert.True(result.IsValid, $"index {index}: {result}");
        }
    }

    [Fact]
    public async Task ConsistencyProof_BetweenTwoCheckpoints_Verifies()
    {
        var client = factory.CreateBrowser();
        await factory.SignCheckpointAsync();
        var earlier = await client.GetVerifiedCheckpointAsync();
        for (var i = 0; i < 3; i++)
        {
            await factory.SignedInAsync("legal");
        }

        await factory.SignCheckpointAsync();
        var later = await client.GetVerifiedCheckpointAsync();

        var (proof, fromRoot, toRoot) = await client.GetConsistencyAsync(earlier.Size, later.Size);

        Assert.Equal(earlier.Size + 3, later.Size);
        Assert.Equal(earlier.RootHash, fromRoot);
        Assert.Equal(later.RootHash, toRoot);
        var reference = new MerkleTreeReference(MerkleHasher.Sha256, await client.GetLeavesAsync(later.Size));
        Assert.Equal(reference.ConsistencyProof((int)earlier.Size, (int)later.Size), proof);
        var result = _verifier.VerifyConsistency(earlier.Size, later.Size, proof, earlier.RootHash, later.RootHash);
        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public async Task SignIn_ApiLogin_AppendsSignedInEntry()
    {
        var client = factory.CreateBrowser();
        var before = await factory.LedgerSizeAsync();

        await factory.SignedInAsync("legal");

        Assert.Equal(before + 1, await factory.LedgerSizeAsync());
        var legal = await factory.WithDatabaseAsync(db => db.Users.SingleAsync(u => u.UserName == "legal"));
        var entry = (await client.GetEntriesAsync(before, before + 1)).Single();
        Assert.Equal("auth.signed_in", entry.GetProperty("action").GetString());
        Assert.Equal(legal.Id.ToString(), entry.GetProperty("actor").GetString());
        Assert.Equal($"user/{legal.Id}", entry.GetProperty("subject").GetString());
        Assert.Equal(legal.OrganisationId.ToString(), entry.GetProperty("organisation").GetString());
        Assert.Equal("", entry.GetProperty("certificate").GetString());
    }
}
