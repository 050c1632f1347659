namespace Zhifa.Web.Tests.Support;

/// <summary>
/// Which database the suite runs against: SQLite unless ZHIFA_TEST_DATABASE=postgres, in which case
/// ZHIFA_TEST_POSTGRES holds a connection string without a database name (the test script sets both).
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("ZHIFA_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("ZHIFA_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "ZHIFA_TEST_DATABASE=postgres needs ZHIFA_TEST_POSTGRES, e.g. \"Host=127.0.0.1;Port=55432;Username=postgres\"; run scripts/test.sh.");
}
