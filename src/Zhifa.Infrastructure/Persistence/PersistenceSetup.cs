using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Lists;

namespace Zhifa.Infrastructure.Persistence;

/// <summary>Registers the database of the configured provider and the stores built on it.</summary>
public static class PersistenceSetup
{
    public static IServiceCollection AddZhifaPersistence(this IServiceCollection services, StorageSettings settings)
    {
        services.AddSingleton(settings);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<SqliteZhifaDbContext>(options => ConfigureSqlite(options, settings.SqliteConnectionString));
            services.AddScoped<ZhifaDbContext>(sp => sp.GetRequiredService<SqliteZhifaDbContext>());
        }
        else
        {
            services.AddDbContext<PostgresZhifaDbContext>(options =>
                ConfigurePostgres(options, settings.PostgresConnectionString!));
            services.AddScoped<ZhifaDbContext>(sp => sp.GetRequiredService<PostgresZhifaDbContext>());
        }

        services.AddScoped<ListRepositories>();
        return services;
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(PersistenceSetup).Assembly.FullName))
            .AddInterceptors(new SqlitePragmas());

    public static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PersistenceSetup).Assembly.FullName));
}
