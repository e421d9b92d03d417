using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using NguyenTrai.DigitalLiteracy.Data.Identity;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Account;

public enum SignInOutcome
{
    Succeeded,
    Invalid,
    LockedOut,
    LockedByAdministrator,
}

/// <summary>
/// Signing in looks the same whether the name exists or not: every attempt verifies exactly one password hash
/// (a dummy one for unknown names), gives the same message and locks after the same number of failures. Only the
/// right password of an account the administrator locked learns that it was locked by the administrator.
/// </summary>
public sealed class SignInService(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher,
    UnknownAccountLockout unknownNames,
    DummyPasswordHash dummy)
{
    public async Task<SignInOutcome> SignInAsync(string userName, string password)
    {
        var name = users.NormalizeName(userName.Trim()) ?? "";
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is not null && !await users.IsLockedOutAsync(user))
        {
            var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
            return result.Succeeded ? SignInOutcome.Succeeded : result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Invalid;
        }

        // From here the account is locked or does not exist; the hash is still checked so both take the same time.
        var lockedByAdministrator = user?.LockoutEnd > DateTimeOffset.UtcNow.AddYears(1);
        var correct = user?.PasswordHash is { } hash
            ? hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed
            : dummy.Verify(hasher, password);
        if (user is not null && !lockedByAdministrator)
        {
            return SignInOutcome.LockedOut;
        }

        if (user is not null && correct)
        {
            return SignInOutcome.LockedByAdministrator;
        }

        // Unknown names, and wrong passwords for an account the administrator locked, count like any other failure.
        if (unknownNames.IsLockedOut(name))
        {
            return SignInOutcome.LockedOut;
        }

        return unknownNames.RecordFailure(name) ? SignInOutcome.LockedOut : SignInOutcome.Invalid;
    }
}

/// <summary>A hash of a random password made with the portal's own hasher, so checking it costs what a real check costs.</summary>
public sealed class DummyPasswordHash
{
    private string? hash;

    public bool Verify(IPasswordHasher<ApplicationUser> hasher, string password)
    {
        hash ??= hasher.HashPassword(new ApplicationUser(), Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
        return hasher.VerifyHashedPassword(new ApplicationUser(), hash, password) != PasswordVerificationResult.Failed;
    }
}
