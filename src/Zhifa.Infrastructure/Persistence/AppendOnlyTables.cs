namespace Zhifa.Infrastructure.Persistence;

/// <summary>
/// Triggers that make the record's tables append-only in the database itself: an UPDATE, DELETE (or on
/// PostgreSQL TRUNCATE) is refused whoever sends it, so a change needs the triggers dropped first, which
/// <c>verify</c> then detects in the data.
/// </summary>
internal static class AppendOnlyTables
{
    public static readonly string[] Tables =
    [
        "ledger_entries", "ledger_payloads", "ledger_nodes", "ledger_checkpoints", "ledger_info", "list_item_versions",
    ];

    public static IEnumerable<string> SqliteCreate() => SqliteCreate(Tables);

    /// <summary>Returns the SQLite statements that make <paramref name="tables"/> append-only.</summary>
    public static IEnumerable<string> SqliteCreate(IEnumerable<string> tables) => tables.SelectMany(table => new[]
    {
        $"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows are never updated'); END;",
        $"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows are never deleted'); END;",
    });

    public static IEnumerable<string> SqliteDrop() => SqliteDrop(Tables);

    public static IEnumerable<string> SqliteDrop(IEnumerable<string> tables) =>
        tables.SelectMany(table => new[] { $"DROP TRIGGER {table}_no_update;", $"DROP TRIGGER {table}_no_delete;" });

    public static IEnumerable<string> PostgresCreate() =>
    [
        """
        CREATE FUNCTION zhifa_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% is append-only: rows are never updated or deleted', TG_TABLE_NAME;
        END
        $$;
        """,
        .. PostgresCreateTriggers(Tables),
    ];

    /// <summary>
    /// Returns the PostgreSQL triggers that make <paramref name="tables"/> append-only, using the function
    /// that <see cref="PostgresCreate"/> creates.
    /// </summary>
    public static IEnumerable<string> PostgresCreateTriggers(IEnumerable<string> tables) =>
        tables.SelectMany(table => new[]
        {
            $"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION zhifa_refuse_change();",
            $"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION zhifa_refuse_change();",
        });

    public static IEnumerable<string> PostgresDrop() =>
    [
        .. PostgresDropTriggers(Tables),
        "DROP FUNCTION zhifa_refuse_change();",
    ];

    public static IEnumerable<string> PostgresDropTriggers(IEnumerable<string> tables) =>
        tables.SelectMany(table => new[]
        {
            $"DROP TRIGGER {table}_append_only ON {table};",
            $"DROP TRIGGER {table}_no_truncate ON {table};",
        });
}
