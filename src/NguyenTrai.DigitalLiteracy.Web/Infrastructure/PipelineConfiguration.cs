using Microsoft.AspNetCore.Localization;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Logging;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Security;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure;

public static class PipelineConfiguration
{
    public static void UsePortalPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders(SecurityHeaders.Policies());
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler("/loi/500");
        app.UseStatusCodePagesWithReExecute("/loi/{0}");
        app.UseMiddleware<Features.Evidence.RequestTooLargeMiddleware>();
        app.UsePortalRequestLogging();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(ServiceRegistration.Vietnamese),
            SupportedCultures = [ServiceRegistration.Vietnamese],
            SupportedUICultures = [ServiceRegistration.Vietnamese],
            RequestCultureProviders = [],
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/healthz").AllowAnonymous().DisableHttpMetrics();
        app.MapStaticAssets().AllowAnonymous();
        app.MapControllers();
        app.MapDefaultControllerRoute();
    }
}
