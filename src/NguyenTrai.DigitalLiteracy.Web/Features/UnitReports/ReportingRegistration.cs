using NguyenTrai.DigitalLiteracy.Web.Features.Notifications;
using NguyenTrai.DigitalLiteracy.Web.Features.Review;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;

public static class ReportingRegistration
{
    /// <summary>The reporting module (rules, figures, documents, workflows) and the pages' queries and notifications.</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReportingModule(configuration);
        services.AddNotifications(configuration);
        services.AddScoped<ReportContentsQuery>();
        services.AddScoped<ReviewQueueQuery>();
        services.AddScoped<ChangesSinceReturnQuery>();
        services.AddScoped<ConsolidatedReports.ReportPages>();
        services.AddScoped<ConsolidatedReports.ReportIssuing>();
        return services;
    }
}
