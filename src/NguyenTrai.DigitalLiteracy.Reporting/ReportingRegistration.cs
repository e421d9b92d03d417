using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NguyenTrai.DigitalLiteracy.Reporting.Compliance;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Workflow;

namespace NguyenTrai.DigitalLiteracy.Reporting;

public static class ReportingRegistration
{
    /// <summary>The reporting rules, figures, documents and workflows; the host supplies an <see cref="IReportNotifier"/>.</summary>
    public static IServiceCollection AddReportingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReportingOptions>(configuration.GetSection(ReportingOptions.Section));
        services.Configure<SigningOptions>(configuration.GetSection(SigningOptions.Section));
        services.AddSingleton<WardClock>();
        services.AddScoped<Rules.EntryChangeGuard>();
        services.AddScoped<ComplianceQuery>();
        services.AddScoped<FiguresQuery>();
        services.AddScoped<TargetsQuery>();
        services.AddScoped<FrozenFiguresBackfill>();
        services.AddScoped<IssuedWorkbookBackfill>();
        services.AddScoped<ReportFiguresLoader>();
        services.AddScoped<UnitReportDocument>();
        services.AddScoped<InitiativeCompilation>();
        services.AddScoped<WardProfileStore>();
        services.AddScoped<DocumentRegister>();
        services.AddScoped<DocumentSigner>();
        services.AddScoped<ConsolidatedReportService>();
        services.AddScoped<ReportLifecycle>();
        services.AddScoped<DocumentIssuer>();
        services.AddScoped<UnitReportWorkflow>();
        return services;
    }
}
