using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;

/// <summary>
/// Sliding expiration alone would keep an active session forever; this ends it 8 hours after sign-in
/// (the issue time is kept in the ticket and survives the renewals), then runs Identity's stamp check.
/// </summary>
public static class AbsoluteSessionLimit
{
    public const string SignedInAtKey = "portal:signed-in-at";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var props = context.Properties;
        if (!props.Items.TryGetValue(SignedInAtKey, out var raw) || !long.TryParse(raw, out var ticks))
        {
            ticks = (props.IssuedUtc ?? clock.GetUtcNow()).UtcTicks;
            props.Items[SignedInAtKey] = ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.ShouldRenew = true;
        }

        if (clock.GetUtcNow().UtcTicks - ticks > IdentityRegistration.AbsoluteLimit.Ticks)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
