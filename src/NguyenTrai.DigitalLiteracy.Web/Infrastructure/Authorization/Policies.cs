using Microsoft.AspNetCore.Authorization;
using NguyenTrai.DigitalLiteracy.Domain.Users;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

/// <summary>Role-level gates for whole controllers; per-record checks go through <see cref="Operations"/>.</summary>
public static class Policies
{
    public const string Administration = nameof(Administration);
    public const string Office = nameof(Office);
    public const string UnitStaff = nameof(UnitStaff);
    public const string WardOverview = nameof(WardOverview);

    /// <summary>The commune's leadership: approves or returns reports signed in the committee's name.</summary>
    public const string Leadership = nameof(Leadership);

    /// <summary>Reporting periods: the administrator sets them up, the culture office manages them day to day.</summary>
    public const string PeriodManagement = nameof(PeriodManagement);

    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, UnitOwnedAuthorizationHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Administration, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Office, p => p.RequireRole(Roles.CultureOffice))
            .AddPolicy(UnitStaff, p => p.RequireRole(Roles.UnitStaff).RequireClaim(PortalClaims.UnitId))
            .AddPolicy(WardOverview, p => p.RequireRole(Roles.CultureOffice, Roles.Leadership))
            .AddPolicy(Leadership, p => p.RequireRole(Roles.Leadership))
            .AddPolicy(PeriodManagement, p => p.RequireRole(Roles.Administrator, Roles.CultureOffice));
        return services;
    }
}
