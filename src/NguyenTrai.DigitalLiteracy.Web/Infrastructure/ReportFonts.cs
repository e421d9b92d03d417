using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure;

/// <summary>
/// Chooses the PDF font once, before any document is rendered (PDFsharp cannot switch later): Times New Roman from
/// <c>Pdf:FontFolder</c> or the server, else Liberation Serif, else the bundled Noto Serif (ADR 0004). The choice and
/// its warning go to the log and to the administrator's "Thông tin địa phương" page; so does whether issuing signs.
/// </summary>
public static partial class ReportFonts
{
    public static void UseReportFonts(this WebApplication app)
    {
        var choice = PdfFonts.EnsureRegistered(app.Configuration["Pdf:FontFolder"]);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReportFonts));
        LogFont(logger, choice.IsMetricCompatibleWithTimes ? LogLevel.Information : LogLevel.Warning, choice.FamilyName, choice.Source.ToString(), choice.Warning ?? choice.Description);
        using var scope = app.Services.CreateScope();
        var signing = scope.ServiceProvider.GetRequiredService<DocumentSigner>().Status();
        LogSigning(logger, signing.IsError ? LogLevel.Warning : LogLevel.Information, signing.Text);
    }

    [LoggerMessage(Message = "PDF font {Family} ({Source}): {Detail}")]
    private static partial void LogFont(ILogger logger, LogLevel level, string family, string source, string detail);

    [LoggerMessage(Message = "Digital signature: {Status}")]
    private static partial void LogSigning(ILogger logger, LogLevel level, string status);
}
