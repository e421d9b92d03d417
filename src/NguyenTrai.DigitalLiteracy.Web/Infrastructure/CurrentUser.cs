using System.Globalization;
using System.Security.Claims;
using NguyenTrai.DigitalLiteracy.Domain.Users;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure;

/// <summary>The signed-in user as the portal sees it: id, name, role and, for unit staff, the unit.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public string Id => Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public string UserName => Principal.Identity?.Name ?? "";

    public string DisplayName => Principal.FindFirstValue(PortalClaims.FullName) ?? UserName;

    public int? UnitId => UnitIdOf(Principal);

    public bool IsOffice => Principal.IsInRole(Roles.CultureOffice);

    public bool IsLeadership => Principal.IsInRole(Roles.Leadership);

    public bool IsUnitStaff => Principal.IsInRole(Roles.UnitStaff);

    public bool IsAdministrator => Principal.IsInRole(Roles.Administrator);

    public static string? IdOf(ClaimsPrincipal? principal) => principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public static int? UnitIdOf(ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(PortalClaims.UnitId), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;
}
