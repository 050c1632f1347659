namespace Zhifa.Web.Tests.Support;

/// <summary>A test that applies to PostgreSQL only (for example TRUNCATE, which SQLite does not have).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres)
        {
            Skip = "PostgreSQL only; scripts/test.sh runs it with ZHIFA_TEST_DATABASE=postgres.";
        }
    }
}
