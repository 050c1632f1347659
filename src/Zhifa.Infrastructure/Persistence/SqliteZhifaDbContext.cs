using Microsoft.EntityFrameworkCore;

namespace Zhifa.Infrastructure.Persistence;

/// <summary>The embedded deployment's database.</summary>
public sealed class SqliteZhifaDbContext(DbContextOptions<SqliteZhifaDbContext> options) : ZhifaDbContext(options)
{
    public override bool IsSqlite => true;
}
