using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Calendar;
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
        services.AddScoped<RandomInspection.RandomInspectionService>();
        services.AddScoped<CalendarRepository>();
        services.AddScoped<Cases.CaseService>();
        services.AddScoped<Supervision.SupervisionService>();
        services.AddScoped<Supervision.QualityReviewService>();
        services.AddScoped<Supervision.AnnualReportService>();
        services.AddScoped<Cases.DossierExporter>();
        services.AddScoped<Cases.CaseDocumentService>();
        services.AddScoped<LegalReview.LegalReviewService>();
        services.AddScoped<Cases.InspectionTaskCases>();
        services.AddScoped<CalendarSeed>();
        return services;
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(PersistenceSetup).Assembly.FullName))
            .AddInterceptors(new SqlitePragmas())
            .ConfigureWarnings(QuietConnectionErrors);

    public static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PersistenceSetup).Assembly.FullName))
            .ConfigureWarnings(QuietConnectionErrors);

    // A failed connection surfaces as an exception that start-up or the global handler reports once with
    // its fix; EF's own error line for the same failure would only repeat it.
    private static void QuietConnectionErrors(Microsoft.EntityFrameworkCore.Diagnostics.WarningsConfigurationBuilder warnings) =>
        warnings.Log((Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.ConnectionError, Microsoft.Extensions.Logging.LogLevel.Debug));
}
