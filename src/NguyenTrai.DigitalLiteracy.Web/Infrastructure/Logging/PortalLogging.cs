using System.Security.Claims;
using Serilog;
using Serilog.Events;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Logging;

/// <summary>Serilog to the console and a daily rolling file; request logs carry the user and the unit, never secrets.</summary>
public static class PortalLogging
{
    /// <summary>
    /// A plain console logger for start-up failures. Not Serilog's reloadable bootstrap logger: several hosts in one
    /// process (the test factories) would race to freeze it, and the loser exits with "The logger is already frozen".
    /// </summary>
    public static Serilog.ILogger CreateBootstrapLogger() =>
        new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();

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
            // Leave the static bootstrap logger alone: hosts started in parallel (test factories) would otherwise
            // race to freeze it, and the loser exits with "The logger is already frozen".
            preserveStaticLogger: true);
    }

    /// <summary>
    /// One line per request with who asked; the query string and the body are left out because they may carry
    /// tokens or passwords. The host's logger is passed explicitly: by default the middleware writes to the static
    /// logger, which (preserveStaticLogger above) is the console-only bootstrap one, so the lines never reached the file.
    /// </summary>
    public static void UsePortalRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} → {StatusCode} in {Elapsed:0} ms (user {UserName}, unit {UnitId}, client {ClientIp})";
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("UserName", http.User.Identity?.Name ?? "-");
                diagnostics.Set("UnitId", http.User.FindFirstValue(PortalClaims.UnitId) ?? "-");
                diagnostics.Set("ClientIp", http.Connection.RemoteIpAddress?.ToString() ?? "-");
            };
        });
}
