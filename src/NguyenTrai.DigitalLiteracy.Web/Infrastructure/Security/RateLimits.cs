using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.RateLimiting;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Security;

/// <summary>The "RateLimiting" section: requests per minute before the Vietnamese 429 page.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Sign-in attempts per client address. A ward office shares one public address: keep it generous.</summary>
    public int SignInPerClientPerMinute { get; set; } = 30;

    /// <summary>Sign-in attempts per account name, whoever sends them (lockout still applies after 5 failures).</summary>
    public int SignInPerAccountPerMinute { get; set; } = 10;

    /// <summary>Requests to the report verification page per client address.</summary>
    public int VerificationPerClientPerMinute { get; set; } = 30;
}

/// <summary>
/// ASP.NET Core's rate limiting: per client address on sign-in and on report verification (the address is the
/// real client's only when the reverse proxy is configured, see <see cref="ReverseProxy"/>), and per account name
/// on sign-in (<see cref="AccountSignInLimiter"/>, used by the sign-in action, where the name is known).
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddSingleton(options);
        services.AddSingleton<AccountSignInLimiter>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => PartitionOf(http, options));
            o.OnRejected = async (context, _) =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits))
                    .LogWarning("Rate limit reached: {Method} {Path} from {Client}", context.HttpContext.Request.Method, context.HttpContext.Request.Path, context.HttpContext.Connection.RemoteIpAddress);
                await TooManyRequestsPage.WriteAsync(context.HttpContext);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> PartitionOf(HttpContext http, RateLimitOptions options)
    {
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "-";
        var path = http.Request.Path;
        if (HttpMethods.IsPost(http.Request.Method) && path.StartsWithSegments("/tai-khoan/dang-nhap", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitPartition.GetFixedWindowLimiter("sign-in " + client, _ => PerMinute(options.SignInPerClientPerMinute));
        }

        return path.StartsWithSegments("/xac-minh", StringComparison.OrdinalIgnoreCase)
            ? RateLimitPartition.GetFixedWindowLimiter("verify " + client, _ => PerMinute(options.VerificationPerClientPerMinute))
            : RateLimitPartition.GetNoLimiter("");
    }

    public static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };
}

/// <summary>Sign-in attempts per normalised account name, from any address (password spraying from many machines).</summary>
public sealed class AccountSignInLimiter(RateLimitOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter =
        PartitionedRateLimiter.Create<string, string>(name => RateLimitPartition.GetFixedWindowLimiter(name, _ => RateLimits.PerMinute(options.SignInPerAccountPerMinute)));

    public bool TryAcquire(string normalizedName)
    {
        using var lease = limiter.AttemptAcquire(normalizedName);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}

/// <summary>The Vietnamese 429 page, written from the rate-limiting middleware (outside MVC) or returned by an action.</summary>
public static class TooManyRequestsPage
{
    public const string ViewName = "~/Features/Shared/TooManyRequests.cshtml";

    public static async Task WriteAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = "60";
        var result = new ViewResult { ViewName = ViewName, StatusCode = StatusCodes.Status429TooManyRequests };
        await result.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
    }

    public static IActionResult Result(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "60";
        return new ViewResult { ViewName = ViewName, StatusCode = StatusCodes.Status429TooManyRequests };
    }
}
