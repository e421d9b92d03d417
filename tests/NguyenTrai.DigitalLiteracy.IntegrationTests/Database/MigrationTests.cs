using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using NguyenTrai.DigitalLiteracy.Data;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Database;

/// <summary>Both migration sets match the model, the SQL Server script is valid T-SQL, and SQLite migrates a fresh file.</summary>
public sealed class MigrationTests
{
    private static AppDbContext SqlServer() => new(new DbContextOptionsBuilder<AppDbContext>()
        .UseSqlServer("Server=unused;Database=unused;TrustServerCertificate=True", o => o.MigrationsAssembly("NguyenTrai.DigitalLiteracy.Data.SqlServer")).Options);

    private static AppDbContext Sqlite(string connectionString) => new(new DbContextOptionsBuilder<AppDbContext>()
        .UseSqlite(connectionString, o => o.MigrationsAssembly("NguyenTrai.DigitalLiteracy.Data.Sqlite")).Options);

    [Fact]
    public void Sql_server_migrations_match_the_model()
    {
        using var db = SqlServer();
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = Sqlite("Data Source=:memory:");
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void Sql_server_script_parses_as_tsql_without_errors()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript();

        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);

        Assert.Contains("CREATE TABLE [Units]", script, StringComparison.Ordinal);
        Assert.Empty(errors.Select(e => $"{e.Line}: {e.Message}"));
    }

    [Fact]
    public void Sqlite_migrations_apply_to_a_fresh_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nguyentrai-migrate-{Guid.NewGuid():N}.db");
        try
        {
            using (var db = Sqlite($"Data Source={path}"))
            {
                db.Database.Migrate();
                Assert.Empty(db.Database.GetPendingMigrations());
                Assert.Equal(0, db.Units.Count());
                Assert.Equal(0, db.ReportingPeriods.Count());
                Assert.Equal(0, db.Users.Count());
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
