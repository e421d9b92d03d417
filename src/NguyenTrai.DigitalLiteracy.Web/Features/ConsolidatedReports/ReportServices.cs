namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>The report feature's services, registered in one line of ServiceRegistration to keep merges simple.</summary>
public static class ReportServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<ReportFiguresQuery>();
        services.AddScoped<ConsolidatedReportService>();
        services.AddScoped<InitiativeCompilation>();
    }
}
