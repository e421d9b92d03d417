using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NguyenTrai.DigitalLiteracy.Data.Identity;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;

/// <summary>Puts the user's unit and display name into the cookie so every request knows them without a query.</summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.FullName, user.FullName));
        if (user.UnitId is { } unitId)
        {
            identity.AddClaim(new Claim(PortalClaims.UnitId, unitId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
