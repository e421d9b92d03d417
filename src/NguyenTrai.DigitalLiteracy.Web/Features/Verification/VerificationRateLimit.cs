using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Verification;

/// <summary>
/// The public verification pages are open to anyone: each client address gets a fixed number of requests a minute
/// (setting <c>RateLimiting:VerificationPerClientPerMinute</c>, 30 by default), so codes cannot be tried in bulk.
/// The one place the verification policy is registered; the controller opts in with [EnableRateLimiting].
/// </summary>
public static class VerificationRateLimit
{
    public const string Policy = "verification";
    public const string Setting = "RateLimiting:VerificationPerClientPerMinute";

    public static IServiceCollection AddVerificationRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = Math.Max(1, configuration.GetValue(Setting, 30));
        services.AddRateLimiter(options =>
        {
            // The status-code pages turn the empty 429 into the Vietnamese "Quá nhiều yêu cầu" page.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
