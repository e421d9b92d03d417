namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure;

/// <summary>Claims the portal adds to the sign-in cookie.</summary>
public static class PortalClaims
{
    public const string UnitId = "portal:unit";
    public const string FullName = "portal:name";
}
