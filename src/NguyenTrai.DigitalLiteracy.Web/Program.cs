using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Backups;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Database;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Logging;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Seeding;
using Serilog;

Log.Logger = PortalLogging.CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPortalLogging();
    builder.Services.AddPortalServices(builder.Configuration, builder.Environment);

    var app = builder.Build();
    app.UseReportFonts();
    app.UsePortalPipeline();

    // --backup / --restore work on the database as it is: before any migration or seeding.
    if (await BackupCommands.TryRunAsync(app, args) is { } exitCode)
    {
        return exitCode;
    }

    await app.PrepareDatabaseAsync();
    if (await AdminBootstrap.TryRunFromCommandLineAsync(app, args))
    {
        return 0;
    }

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Cổng thông tin dừng do lỗi khởi động");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point type, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
