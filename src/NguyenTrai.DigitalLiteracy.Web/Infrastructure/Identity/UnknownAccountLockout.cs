using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;

/// <summary>
/// Identity counts failures and locks real accounts; names without an account get the same treatment here, so the
/// lockout message tells nothing about which names exist. Kept in memory, keyed by the normalised name, at most
/// <see cref="MaxNames"/> names, each forgotten one lockout period after its last failure. When full (someone is
/// spraying names, and the per-client rate limit has not stopped them), new names are not tracked: they get
/// "wrong password" until the oldest are forgotten, which reveals nothing either.
/// </summary>
public sealed class UnknownAccountLockout(IOptions<IdentityOptions> identity, TimeProvider clock) : IDisposable
{
    public const int MaxNames = 10_000;

    private readonly MemoryCache failures = new(new MemoryCacheOptions { SizeLimit = MaxNames });

    private sealed class Failures
    {
        public int Count;
        public DateTimeOffset? LockedUntil;
    }

    public bool IsLockedOut(string normalizedName) =>
        failures.TryGetValue(normalizedName, out Failures? entry) && entry!.LockedUntil > clock.GetUtcNow();

    /// <returns>True when this failure locks the name (the fifth in a row), as Identity does for an account.</returns>
    public bool RecordFailure(string normalizedName)
    {
        var lockout = identity.Value.Lockout;
        var entry = failures.GetOrCreate(normalizedName, e =>
        {
            e.Size = 1;
            e.SlidingExpiration = lockout.DefaultLockoutTimeSpan;
            return new Failures();
        })!;
        lock (entry)
        {
            if (++entry.Count < lockout.MaxFailedAccessAttempts)
            {
                return false;
            }

            entry.Count = 0;
            entry.LockedUntil = clock.GetUtcNow() + lockout.DefaultLockoutTimeSpan;
            return true;
        }
    }

    public int TrackedNames => failures.Count;

    public void Dispose() => failures.Dispose();
}
