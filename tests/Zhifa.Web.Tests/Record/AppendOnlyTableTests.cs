using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Record;

/// <summary>
/// The record's tables refuse changes in the database itself: an UPDATE or DELETE sent straight to the
/// database (and on PostgreSQL a TRUNCATE) fails with a message naming the table as append-only, and
/// leaves every row as it was.
/// </summary>
public sealed class AppendOnlyTableTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    [Theory]
    [InlineData("ledger_entries", "UPDATE ledger_entries SET \"Actor\" = 'someone else' WHERE \"Index\" = 3")]
    [InlineData("ledger_entries", "DELETE FROM ledger_entries WHERE \"Index\" = 3")]
    [InlineData("ledger_entries", "DELETE FROM ledger_entries")]
    [InlineData("ledger_payloads", "UPDATE ledger_payloads SET \"Payload\" = \"Payload\" WHERE \"EntryIndex\" = 3")]
    [InlineData("ledger_payloads", "DELETE FROM ledger_payloads WHERE \"EntryIndex\" = 3")]
    [InlineData("ledger_nodes", "UPDATE ledger_nodes SET \"Hash\" = \"Hash\" WHERE \"Level\" = 0 AND \"Index\" = 3")]
    [InlineData("ledger_nodes", "DELETE FROM ledger_nodes WHERE \"Level\" = 0 AND \"Index\" = 3")]
    [InlineData("ledger_checkpoints", "UPDATE ledger_checkpoints SET \"SignedNote\" = 'forged'")]
    [InlineData("ledger_checkpoints", "DELETE FROM ledger_checkpoints")]
    [InlineData("ledger_info", "UPDATE ledger_info SET \"Origin\" = 'elsewhere/record'")]
    [InlineData("ledger_info", "DELETE FROM ledger_info")]
    [InlineData("list_item_versions", "UPDATE list_item_versions SET \"Snapshot\" = 'changed'")]
    [InlineData("list_item_versions", "DELETE FROM list_item_versions")]
    public async Task DirectSql_ChangeOrDelete_IsRejected(string table, string sql)
    {
        var before = await CountAsync(table);

        var error = await Assert.ThrowsAnyAsync<DbException>(
            () => factory.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(sql)));

        Assert.Contains($"{table} is append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(table));
    }

    [PostgresTheory]
    [InlineData("ledger_entries")]
    [InlineData("ledger_payloads")]
    [InlineData("ledger_nodes")]
    [InlineData("ledger_checkpoints")]
    [InlineData("ledger_info")]
    [InlineData("list_item_versions")]
    public async Task DirectSql_Truncate_IsRejected(string table)
    {
        var before = await CountAsync(table);
        var truncate = "TRUNCATE " + table;

        var error = await Assert.ThrowsAnyAsync<DbException>(
            () => factory.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(truncate)));

        Assert.Contains($"{table} is append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(table));
    }

    [Fact]
    public async Task Verifier_AfterRejectedChanges_StillPasses()
    {
        await Assert.ThrowsAnyAsync<DbException>(() => factory.WithDatabaseAsync(
            db => db.Database.ExecuteSqlRawAsync("UPDATE ledger_entries SET \"Leaf\" = \"LeafHash\"")));

        var report = await factory.VerifyLedgerAsync();

        Assert.Null(report.Failure);
        Assert.True(report.Entries >= 54, $"{report.Entries} entries");
    }

    // Table names come from the cases above, never from a request, so they are written into the SQL as they are.
    private Task<long> CountAsync(string table)
    {
        var count = "SELECT COUNT(*) AS \"Value\" FROM " + table;
        return factory.WithDatabaseAsync(db => db.Database.SqlQueryRaw<long>(count).SingleAsync());
    }
}
