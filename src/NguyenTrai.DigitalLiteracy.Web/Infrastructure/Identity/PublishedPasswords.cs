using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Seeding;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;

/// <summary>
/// Every password that has appeared in the README, the docs or the demo data: anyone who has read them knows it.
/// Add to this list whenever a password is printed anywhere. Demo accounts (Development and Testing only) keep
/// using the demo password; everywhere else it is refused as a new password.
/// </summary>
public static class PublishedPasswords
{
    public static readonly IReadOnlyList<string> All =
    [
        DemoAccountsNotice.Password,
        "a long passphrase", // docs/operations/configuration.md
        "mùa lúa chín trên đồng quê", // the tests (the repository is not secret)
        "ngựa ô phi qua cầu tre",
    ];

    public static bool Contains(string password) =>
        All.Any(p => string.Equals(PasswordPolicyValidator.Letters(p), PasswordPolicyValidator.Letters(password), StringComparison.Ordinal));

    public static bool AreRefusedIn(IHostEnvironment environment) => !PortalEnvironments.HasDemoData(environment);
}
