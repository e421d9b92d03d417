using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

public static class EvidenceRegistration
{
    public static IServiceCollection AddEvidence(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(EvidenceOptions.Section);
        services.Configure<EvidenceOptions>(section);
        var options = section.Get<EvidenceOptions>() ?? new EvidenceOptions();

        // The largest request a form may send; anything bigger is refused before it is read (413, Vietnamese page).
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = options.MaxRequestBytes);

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
