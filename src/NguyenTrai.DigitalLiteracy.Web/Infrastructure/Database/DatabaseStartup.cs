using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Seeding;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Database;

/// <summary>Applies migrations (never EnsureCreated) and seeds the ward's reference data, then demo data in Development.</summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync();
        }

        await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
        if (options.SeedDemoData ?? app.Environment.IsDevelopment())
        {
            // The demo password is published: its accounts must never exist where real people sign in.
            if (PortalEnvironments.HasDemoData(app.Environment))
            {
                await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
            }
            else
            {
                app.Logger.LogWarning("Database:SeedDemoData is ignored in the {Environment} environment: demo accounts exist only in Development and Testing", app.Environment.EnvironmentName);
            }
        }

        // Approved reports without frozen figures (approved before they existed, seeded, or an older figure set).
        await scope.ServiceProvider.GetRequiredService<Reporting.Figures.FrozenFiguresBackfill>().RunAsync();
        await scope.ServiceProvider.GetRequiredService<Reporting.Workflow.IssuedWorkbookBackfill>().RunAsync();
        await PlannerStatistics.RefreshAsync(db, everyTable: true);
    }
}
