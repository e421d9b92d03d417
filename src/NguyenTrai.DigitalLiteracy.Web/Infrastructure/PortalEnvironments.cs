namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure;

/// <summary>"Testing" is the environment of the automated tests (TestSupport's PortalFactory).</summary>
public static class PortalEnvironments
{
    public const string Testing = "Testing";

    /// <summary>Demo accounts and their published password exist only here, never in Staging or Production.</summary>
    public static bool HasDemoData(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(Testing);
}
