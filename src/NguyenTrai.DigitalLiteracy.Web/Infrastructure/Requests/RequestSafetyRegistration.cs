using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Requests;

public static class RequestSafetyRegistration
{
    public static IServiceCollection AddRequestSafety(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RequestLimitsOptions.Section);
        services.Configure<RequestLimitsOptions>(section);
        var limits = section.Get<RequestLimitsOptions>() ?? new RequestLimitsOptions();

        // The server's default; RequestBodyLimitsMiddleware raises it per upload endpoint before the body is read.
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = limits.MaxBodyBytes);
        services.Configure<FormOptions>(o =>
        {
            o.ValueLengthLimit = limits.MaxFormValueLength;
            o.ValueCountLimit = limits.MaxFormKeys;
        });
        return services;
    }

    /// <summary>Right after the status-code and exception pages: their re-executions become bodiless GETs.</summary>
    public static void UseErrorReExecutionAsGet(this IApplicationBuilder app) => app.UseMiddleware<ErrorReExecution>();

    /// <summary>After authorization (anonymous bodies are never read), before the endpoint.</summary>
    public static void UseRequestBodyLimits(this IApplicationBuilder app) => app.UseMiddleware<RequestBodyLimitsMiddleware>();
}
