using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Files;
using Zhifa.Infrastructure.Record;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Record;

/// <summary>
/// Changes made behind the application's back, with the append-only triggers dropped or the SQLite file
/// edited byte by byte. The verifier finds each one and its failure names the entry, node, checkpoint or
/// file. Each test starts from the demo load, and the holiday notices, which make entries 0 to 67 and one checkpoint at size 68.
/// </summary>
public sealed class LedgerTamperTests
{
    private const long DemoSize = DemoLedger.StartupEntries;

    [Fact]
    public async Task Verify_LeafByteChanged_NamesEntry()
    {
        await using var store = new TestStore();
        await ChangeOneLeafByteAsync(store, index: 20);

        using var verify = await ZhifaProcess.RunVerbAsync(store, "verify", TimeSpan.FromMinutes(2));

        const string failure = "entry 20: its bytes do not match its recorded leaf hash; the entry was changed";
        Assert.Equal(1, verify.ExitCode);
        Assert.StartsWith($"verify: FAILED: {failure}\n", verify.StandardError, StringComparison.Ordinal);
        await using var reopened = store.OpenHost(loadDemo: false);
        Assert.Equal(failure, (await reopened.VerifyLedgerAsync()).Failure);
    }

    [Fact]
    public async Task Verify_MiddleEntryRemoved_NamesMissingEntry()
    {
        await using var factory = new ZhifaFactory();
        await DropTriggersAsync(factory, "ledger_entries", "ledger_payloads");
        await ExecuteAsync(factory, "DELETE FROM ledger_payloads WHERE \"EntryIndex\" = 30");
        await ExecuteAsync(factory, "DELETE FROM ledger_entries WHERE \"Index\" = 30");

        var report = await factory.VerifyLedgerAsync();

        Assert.Equal("entry 30 is missing: the next stored entry is 31", report.Failure);
        Assert.Equal(30, report.Entries);
    }

    [Fact]
    public async Task Verify_TwoEntriesSwapped_NamesFirstPosition()
    {
        await using var factory = new ZhifaFactory();
        var (tenth, eleventh) = (await LeafAsync(factory, 10), await LeafAsync(factory, 11));
        await DropTriggersAsync(factory, "ledger_entries");
        await ExecuteAsync(factory, "UPDATE ledger_entries SET \"Leaf\" = {0} WHERE \"Index\" = 10", eleventh);
        await ExecuteAsync(factory, "UPDATE ledger_entries SET \"Leaf\" = {0} WHERE \"Index\" = 11", tenth);

        var report = await factory.VerifyLedgerAsync();

        Assert.Equal("entry 10: its bytes say index 11; entries were moved or swapped", report.Failure);
    }

    [Fact]
    public async Task Verify_LastEntryRemovedAfterCheckpoint_NamesCheckpoint()
    {
        await using var factory = new ZhifaFactory();
        var signed = await factory.SignCheckpointAsync();
        await DropTriggersAsync(factory, "ledger_entries", "ledger_payloads");
        await ExecuteAsync(factory, "DELETE FROM ledger_payloads WHERE \"EntryIndex\" = " + (DemoSize - 1));
        await ExecuteAsync(factory, "DELETE FROM ledger_entries WHERE \"Index\" = " + (DemoSize - 1));

        var report = await factory.VerifyLedgerAsync();

        Assert.Equal(DemoSize, signed.Size);
        Assert.Equal(
            $"checkpoint at size {DemoSize} covers entries the log no longer has (it has {DemoSize - 1}): "
            + "entries were removed after it was signed",
            report.Failure);
    }

    [Fact]
    public async Task Verify_EvidenceFileByteChanged_NamesFileAndEntry()
    {
        await using var factory = new ZhifaFactory();
        var files = factory.Services.GetRequiredService<ContentStore>();
        using var evidence = new MemoryStream(Encoding.UTF8.GetBytes("现场检查照片（测试样例）"));
        var hash = await files.PutAsync(evidence, CancellationToken.None);
        var index = await AppendEvidenceAsync(factory, hash);
        var bytes = await File.ReadAllBytesAsync(files.PathFor(hash));
        bytes[3] ^= 0x01;
        await File.WriteAllBytesAsync(files.PathFor(hash), bytes);

        var report = await factory.VerifyLedgerAsync();

        Assert.Equal(DemoSize, index);
        Assert.Equal(
            $"file {hash} (entry {DemoSize}) was changed: its content now hashes to {Sha256Hex(bytes)}",
            report.Failure);
    }

    [Fact]
    public async Task Verify_CheckpointSignatureAltered_NamesCheckpoint()
    {
        await using var factory = new ZhifaFactory();
        var note = await factory.WithDatabaseAsync(db => db.LedgerCheckpoints
            .Where(c => c.Size == DemoSize)
            .Select(c => c.SignedNote)
            .SingleAsync());
        await DropTriggersAsync(factory, "ledger_checkpoints");
        await ExecuteAsync(
            factory, "UPDATE ledger_checkpoints SET \"SignedNote\" = {0} WHERE \"Size\" = " + DemoSize, AlterSignature(note));

        var report = await factory.VerifyLedgerAsync();

        var key = factory.Services.GetRequiredService<LedgerKey>().VerifierKey;
        Assert.Equal(
            $"checkpoint at size {DemoSize}: the signature does not verify with key {key} "
            + "(The signature of known key 'zhifa.local/record' does not verify, so the note was altered or forged.)",
            report.Failure);
    }

    // Inclusion proofs are built from stored inner nodes, so a changed one breaks the proofs the API serves
    // (here every proof for entries 2 and 3) even though no entry changed.
    [Fact]
    public async Task Verify_InnerTreeNodeChanged_NamesNode()
    {
        await using var factory = new ZhifaFactory();
        await FlipNodeByteAsync(factory, level: 1, index: 0, position: 0);

        var report = await factory.VerifyLedgerAsync();

        Assert.Equal(
            "tree node at level 1, index 0 (entries 0 to 1): "
            + "its stored hash is missing or does not match the entries; the tree was changed",
            report.Failure);
    }

    // The verifier reads entries in batches of 5000, and node (7, 39) covers entries 4992 to 5119 across that boundary.
    [Fact]
    public async Task Verify_NodeAcrossBatchesChanged_NamesNode()
    {
        await using var factory = new ZhifaFactory();
        await AppendFillerAsync(factory, 5200);
        await FlipNodeByteAsync(factory, level: 7, index: 39, position: 31);

        var report = await factory.VerifyLedgerAsync();

        Assert.Equal(
            "tree node at level 7, index 39 (entries 4992 to 5119): "
            + "its stored hash is missing or does not match the entries; the tree was changed",
            report.Failure);
    }

    // Changes the last character of the entry's subject, so the bytes stay a valid canonical entry and only the
    // leaf hash shows the change. On SQLite the byte is flipped in the database file while no host runs. On
    // PostgreSQL the row is updated with the trigger dropped.
    private static async Task ChangeOneLeafByteAsync(TestStore store, long index)
    {
        byte[] leaf;
        await using (var host = store.OpenHost())
        {
            leaf = await LeafAsync(host, index);
            if (TestDatabase.IsPostgres)
            {
                await DropTriggersAsync(host, "ledger_entries");
                var update = $"UPDATE ledger_entries SET \"Leaf\" = {{0}} WHERE \"Index\" = {index}";
                await ExecuteAsync(host, update, Flipped(leaf));
                return;
            }
        }

        FlipInSqliteFile(store, leaf, SubjectEnd(leaf));
    }

    private static void FlipInSqliteFile(TestStore store, byte[] leaf, int position)
    {
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={store.SqlitePath};Pooling=False"))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            using var result = checkpoint.ExecuteReader();
            Assert.True(result.Read());
            Assert.Equal(0L, result.GetInt64(0));
        }

        var wal = new FileInfo(store.SqlitePath + "-wal");
        Assert.True(!wal.Exists || wal.Length == 0, $"{wal.FullName} is not empty after the checkpoint");
        var file = File.ReadAllBytes(store.SqlitePath);
        var offsets = Occurrences(file, leaf);
        Assert.NotEmpty(offsets);
        foreach (var offset in offsets)
        {
            file[offset + position] ^= 0x01;
        }

        File.WriteAllBytes(store.SqlitePath, file);
    }

    private static List<int> Occurrences(byte[] haystack, byte[] needle)
    {
        var offsets = new List<int>();
        for (var start = 0; ;)
        {
            var found = haystack.AsSpan(start).IndexOf(needle);
            if (found < 0)
            {
                return offsets;
            }

            offsets.Add(start + found);
            start += found + 1;
        }
    }

    private static byte[] Flipped(byte[] leaf)
    {
        var copy = (byte[])leaf.Clone();
        copy[SubjectEnd(leaf)] ^= 0x01;
        return copy;
    }

    // The position of the subject's last character: a hexadecimal digit of an id, which stays printable when flipped.
    private static int SubjectEnd(byte[] leaf)
    {
        var member = Encoding.UTF8.GetBytes("\"subject\":\"");
        var start = leaf.AsSpan().IndexOf(member) + member.Length;
        return start + leaf.AsSpan(start).IndexOf((byte)'"') - 1;
    }

    private static string AlterSignature(string note)
    {
        var lines = note.Split('\n');
        var signature = lines[^2];
        var space = signature.LastIndexOf(' ');
        var position = space + 20;
        var replacement = signature[position] == 'A' ? 'B' : 'A';
        lines[^2] = signature[..position] + replacement + signature[(position + 1)..];
        return string.Join('\n', lines);
    }

    private static async Task<long> AppendEvidenceAsync(ZhifaFactory factory, string hash)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<RecordWriter>();
        var action = new RecordAction(
            "test:officer",
            "14040001",
            Guid.CreateVersion7(),
            "evidence.stored",
            $"evidence/{hash}",
            new { file = hash },
            FileSha256: [hash]);
        return (await writer.SaveAsync([action], CancellationToken.None)).Single();
    }

    private static async Task AppendFillerAsync(ZhifaFactory factory, int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<RecordWriter>();
        var organisation = Guid.CreateVersion7();
        var actions = Enumerable.Range(0, count)
            .Select(i => new RecordAction("test:filler", null, organisation, "test.appended", $"test/{i}", new { i }))
            .ToList();
        await writer.SaveAsync(actions, CancellationToken.None);
    }

    private static Task<byte[]> LeafAsync(ZhifaFactory factory, long index) =>
        factory.WithDatabaseAsync(db => db.LedgerEntries
            .Where(e => e.Index == index)
            .Select(e => e.Leaf)
            .SingleAsync());

    private static async Task FlipNodeByteAsync(ZhifaFactory factory, int level, long index, int position)
    {
        var hash = await factory.WithDatabaseAsync(db => db.LedgerNodes
            .Where(n => n.Level == level && n.Index == index)
            .Select(n => n.Hash)
            .SingleAsync());
        hash[position] ^= 0x01;
        await DropTriggersAsync(factory, "ledger_nodes");
        var update = "UPDATE ledger_nodes SET \"Hash\" = {0} WHERE \"Level\" = {1} AND \"Index\" = {2}";
        await ExecuteAsync(factory, update, hash, level, index);
    }

    private static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static Task<int> DropTriggersAsync(ZhifaFactory factory, params string[] tables)
    {
        var statements = tables.SelectMany(table => TestDatabase.IsPostgres
            ? new[] { $"DROP TRIGGER {table}_append_only ON {table}" }
            : [$"DROP TRIGGER {table}_no_update", $"DROP TRIGGER {table}_no_delete"]);
        return ExecuteAsync(factory, string.Join(";\n", statements));
    }

    private static Task<int> ExecuteAsync(ZhifaFactory factory, string sql, params object[] parameters) =>
        factory.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(sql, parameters));
}
