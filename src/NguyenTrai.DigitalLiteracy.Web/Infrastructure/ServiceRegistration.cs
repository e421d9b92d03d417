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
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Database;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Jobs;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Mvc;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Requests;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Security;
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
        services.AddRequestSafety(configuration);
        services.AddEvidence(configuration);
        services.AddExcelImport(configuration);
        services.AddReporting(configuration);
        services.AddSingleton<Features.Locality.PortalIdentity>();
        services.AddScoped<Features.Dashboard.DashboardLoader>();
        services.AddScoped<Features.Home.HomeDashboardLoader>();
        services.AddScoped<Features.Home.LeadershipHomeLoader>();
        services.AddScoped<Features.Users.UserAdministration>();
        services.AddScoped<Features.Account.SignInService>();
        services.AddSingleton<Features.Account.DummyPasswordHash>();
        services.AddPortalRateLimits(configuration);
        services.AddPortalJobs(configuration);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        // Keys in the database: every instance behind a load balancer reads the others' cookies and tokens.
        services.AddDataProtection().SetApplicationName("NguyenTrai.DigitalLiteracy").PersistKeysToDbContext<AppDbContext>();

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "NguyenTrai.Antiforgery";
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__RequestVerificationToken";
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<DomainRuleExceptionFilter>();
                options.Filters.Add<InputSafetyFilter>();
                options.Conventions.Add(new RouteParametersFromRoute());
                options.ModelBinderProviders.Insert(0, new VietnameseDateModelBinderProvider());
                VietnameseValidationMessages.Apply(options);
            })
            .AddViewOptions(o => o.ClientModelValidatorProviders.Add(new VietnameseImplicitRequired()))
            .AddRazorOptions(o => o.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
        // The server's name and version are nobody's business (Kestrel writes the header after all middleware).
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AddServerHeader = false);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddSingleton<DemoAccountsNotice>();
        return services;
    }
}
