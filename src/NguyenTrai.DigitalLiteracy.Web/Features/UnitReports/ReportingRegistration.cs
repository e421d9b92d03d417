using NguyenTrai.DigitalLiteracy.Web.Features.Compliance;
using NguyenTrai.DigitalLiteracy.Web.Features.Notifications;
using NguyenTrai.DigitalLiteracy.Web.Features.Review;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;

public static class ReportingRegistration
{
    /// <summary>Unit reports, review, compliance and the notifications they send.</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddNotifications(configuration);
        services.AddScoped<ReportContentsQuery>();
        services.AddScoped<ReportWorkflow>();
        services.AddScoped<ReviewQueueQuery>();
        services.AddScoped<ComplianceQuery>();
        return services;
    }
}
