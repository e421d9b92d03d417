namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

public static class EvidenceRegistration
{
    public static IServiceCollection AddEvidence(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(EvidenceOptions.Section);
        services.Configure<EvidenceOptions>(section);
        var options = section.Get<EvidenceOptions>() ?? new EvidenceOptions();

        if (string.Equals(options.Store, "Database", StringComparison.OrdinalIgnoreCase))
        {
            services.AddScoped<IEvidenceStore, DatabaseEvidenceStore>();
        }
        else
        {
            services.AddSingleton<IEvidenceStore, FolderEvidenceStore>();
        }

        services.AddScoped<EvidenceService>();
        return services;
    }
}
