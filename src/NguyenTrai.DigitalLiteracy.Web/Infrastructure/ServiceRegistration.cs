using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Web.Features.Entries;
using NguyenTrai.DigitalLiteracy.Web.Features.Evidence;
using NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;
using NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;
using NguyenTrai.DigitalLiteracy.Web.Features.Verification;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Database;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Mvc;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Seeding;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure;

public static class ServiceRegistration
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static IServiceCollection AddPortalServices(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        CultureInfo.DefaultThreadCurrentCulture = Vietnamese;
        CultureInfo.DefaultThreadCurrentUICulture = Vietnamese;

        // Razor would otherwise write every Vietnamese letter as an HTML entity.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton(TimeProvider.System);
        services.AddPortalDatabase(configuration, environment);
        services.AddPortalIdentity();
        services.AddPortalAuthorization();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddEntries();
        services.AddEvidence(configuration);
        services.AddExcelImport();
        services.AddReporting(configuration);
        services.AddSingleton<Features.Locality.PortalIdentity>();
        services.AddVerificationRateLimit(configuration);
        services.AddScoped<Features.Dashboard.DashboardLoader>();
        services.AddScoped<Features.Home.HomeDashboardLoader>();

        // Keys in the database: every instance behind a load balancer reads the others' cookies and tokens.
        services.AddDataProtection().SetApplicationName("NguyenTrai.DigitalLiteracy").PersistKeysToDbContext<AppDbContext>();

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "NguyenTrai.Antiforgery";
            o.FormFieldName = "__RequestVerificationToken";
        });
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<DomainRuleExceptionFilter>();
                VietnameseValidationMessages.Apply(options);
            })
            .AddRazorOptions(o => o.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddSingleton<DemoAccountsNotice>();
        return services;
    }
}
