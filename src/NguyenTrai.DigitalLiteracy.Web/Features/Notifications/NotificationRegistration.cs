namespace NguyenTrai.DigitalLiteracy.Web.Features.Notifications;

public static class NotificationRegistration
{
    /// <summary>In-app notifications always; e-mail only when Smtp:Host is set.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var smtp = configuration.GetSection("Smtp").Get<SmtpOptions>() ?? new SmtpOptions();
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            services.AddSingleton<IEmailSender, NoEmailSender>();
        }
        else
        {
            services.AddSingleton(smtp);
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }

        services.AddScoped<Notifier>();
        services.AddScoped<Reporting.Workflow.IReportNotifier>(sp => sp.GetRequiredService<Notifier>());
        return services;
    }
}
