using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Zhifa.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without the web host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteZhifaDbContext>
{
    public SqliteZhifaDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteZhifaDbContext>();
        PersistenceSetup.ConfigureSqlite(options, "Data Source=design-time.db");
        return new SqliteZhifaDbContext(options.Options);
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context; it never connects.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresZhifaDbContext>
{
    public PostgresZhifaDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresZhifaDbContext>();
        PersistenceSetup.ConfigurePostgres(options, "Host=localhost;Database=zhifa_design");
        return new PostgresZhifaDbContext(options.Options);
    }
}
