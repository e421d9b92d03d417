using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Auditing;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Database;

/// <summary>
/// Registers the one DbContext for the configured provider. Each provider keeps its migrations in its own
/// assembly (see docs/decisions/0001-two-migration-sets.md).
/// </summary>
public static class DatabaseRegistration
{
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));

        // Both providers share the audit interceptor: who changed what is recorded whatever the database.
        services.AddSingleton<AuditInterceptor>();
        switch (options.Provider)
        {
            case DatabaseProviders.Sqlite:
                var sqlite = SqliteConnectionString(configuration, environment);
                services.AddSingleton<SqlitePragmaInterceptor>();
                services.AddDbContext<AppDbContext>((sp, db) => db
                    .UseSqlite(sqlite, o => o.MigrationsAssembly("NguyenTrai.DigitalLiteracy.Data.Sqlite"))
                    .AddInterceptors(sp.GetRequiredService<SqlitePragmaInterceptor>(), sp.GetRequiredService<AuditInterceptor>()));
                break;
            case DatabaseProviders.SqlServer:
                var sqlServer = configuration.GetConnectionString(DatabaseProviders.SqlServer)
                    ?? throw new InvalidOperationException("ConnectionStrings:SqlServer is required when Database:Provider is SqlServer.");
                services.AddDbContext<AppDbContext>((sp, db) => db.UseSqlServer(sqlServer, o =>
                {
                    o.MigrationsAssembly("NguyenTrai.DigitalLiteracy.Data.SqlServer");
                    o.EnableRetryOnFailure();
                }).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'. Use Sqlite or SqlServer.");
        }

        return services;
    }

    /// <summary>A relative SQLite path is taken from the content root, and its folder is created on first run.</summary>
    private static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = new SqliteConnectionStringBuilder(
            configuration.GetConnectionString(DatabaseProviders.Sqlite) ?? "Data Source=App_Data/portal.db");
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(environment.ContentRootPath, builder.DataSource);
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.Pooling = true;
        return builder.ToString();
    }
}
