using System.Security.Claims;
using Serilog;
using Serilog.Events;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Logging;

/// <summary>Serilog to the console and a daily rolling file; request logs carry the user and the unit, never secrets.</summary>
public static class PortalLogging
{
    public static Serilog.ILogger CreateBootstrapLogger() =>
        new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateBootstrapLogger();

    public static void AddPortalLogging(this WebApplicationBuilder builder)
    {
        var logFolder = builder.Configuration["Logging:Folder"] ?? Path.Combine(builder.Environment.ContentRootPath, "App_Data", "logs");
        builder.Services.AddSerilog((services, config) => config
            .ReadFrom.Configuration(builder.Configuration)
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(
                Path.Combine(logFolder, "portal-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            // Test hosts start in parallel in one process: freezing the shared static bootstrap logger
            // twice throws "The logger is already frozen", so tests keep it and get their own.
            preserveStaticLogger: builder.Environment.IsEnvironment("Testing"));
    }

    /// <summary>One line per request with who asked; the query string is left out because it may carry tokens.</summary>
    public static void UsePortalRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} → {StatusCode} in {Elapsed:0} ms (user {UserName}, unit {UnitId})";
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("UserName", http.User.Identity?.Name ?? "-");
                diagnostics.Set("UnitId", http.User.FindFirstValue(PortalClaims.UnitId) ?? "-");
            };
        });
}
