namespace Zhifa.Web.Tests.Support;

/// <summary>A table of cases that applies to PostgreSQL only.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (!TestDatabase.IsPostgres)
        {
            Skip = "PostgreSQL only; scripts/test.sh runs it with ZHIFA_TEST_DATABASE=postgres.";
        }
    }
}
