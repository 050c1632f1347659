namespace Zhifa.Web.Tests.Support;

/// <summary>A test of the embedded SQLite file (its durability or its bytes on disk).</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.IsPostgres)
        {
            Skip = "SQLite only: it checks the embedded database file; the SQLite run of scripts/test.sh covers it.";
        }
    }
}
