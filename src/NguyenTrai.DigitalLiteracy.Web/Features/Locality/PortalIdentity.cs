using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Profile;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Locality;

/// <summary>The names every page shows (title, brand, footer), from the commune's profile.</summary>
public sealed record PortalNames(string PortalTitle, string CommuneName, string ParentName, string CommitteeName, string OfficeName)
{
    /// <summary>Before the administrator has entered a profile: nothing ward-specific.</summary>
    public static readonly PortalNames Unset = new("Bình dân học vụ số", "", "", "", "Phòng Văn hóa - Xã hội");

    /// <summary>"Phường An Dương" at the start of a line.</summary>
    public string CommuneTitle => CommuneName.Length == 0 ? "" : char.ToUpper(CommuneName[0], Infrastructure.ServiceRegistration.Vietnamese) + CommuneName[1..];

    public static PortalNames Of(WardProfile p) => new(p.PortalTitle, p.CommuneName, p.ParentName, p.CommitteeName, p.OfficeName);
}

/// <summary>
/// The profile's names for the layout and messages, read once a minute rather than on every page; the profile screen
/// refreshes it on save (another instance catches up within the minute).
/// </summary>
public sealed class PortalIdentity(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private volatile Cached? cached;

    public async Task<PortalNames> GetAsync()
    {
        var now = time.GetUtcNow();
        if (cached is { } c && now - c.At < Lifetime)
        {
            return c.Names;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var profile = await db.WardProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == WardProfile.SingletonId);
        var names = profile is null ? PortalNames.Unset : PortalNames.Of(profile);
        cached = new Cached(names, now);
        return names;
    }

    public void Invalidate() => cached = null;

    private sealed record Cached(PortalNames Names, DateTimeOffset At);
}
