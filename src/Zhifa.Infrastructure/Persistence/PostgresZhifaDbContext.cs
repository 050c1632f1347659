using Microsoft.EntityFrameworkCore;

namespace Zhifa.Infrastructure.Persistence;

/// <summary>The database of a larger deployment with several web nodes.</summary>
public sealed class PostgresZhifaDbContext(DbContextOptions<PostgresZhifaDbContext> options) : ZhifaDbContext(options)
{
    public override bool IsSqlite => false;
}
