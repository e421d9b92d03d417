using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Data.Identity;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;

/// <summary>
/// Sessions live in the database and the cookie holds only a random key (protected by Data Protection as before):
/// sign-out deletes the row, so a cookie captured earlier no longer signs anyone in, on any instance. Locking an
/// account or resetting its password deletes all of its sessions at once (<see cref="EndAllForUserAsync"/>).
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.AuthSessions.Add(new AuthSession
        {
            Id = key,
            UserId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            Ticket = TicketSerializer.Default.Serialize(ticket),
            ExpiresAtUtc = ticket.Properties.ExpiresUtc?.UtcDateTime,
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = ticket.Properties.ExpiresUtc?.UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        // A renewal never brings back a session that was ended meanwhile: only an existing row is updated.
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuthSessions.Where(s => s.Id == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.ExpiresAtUtc, expires));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuthSessions.AsNoTracking()
            .Where(s => s.Id == key).Select(s => new { s.Ticket, s.ExpiresAtUtc }).FirstOrDefaultAsync();
        return session is null || session.ExpiresAtUtc < clock.GetUtcNow().UtcDateTime ? null : TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuthSessions.Where(s => s.Id == key).ExecuteDeleteAsync();
    }

    public static Task<int> EndAllForUserAsync(AppDbContext db, string userId) =>
        db.AuthSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync();

    /// <summary>Expired sessions are of no use to anyone; run from the background jobs.</summary>
    public static Task<int> DeleteExpiredAsync(AppDbContext db, DateTime nowUtc) =>
        db.AuthSessions.Where(s => s.ExpiresAtUtc < nowUtc).ExecuteDeleteAsync();
}

/// <summary>Puts the store into the Identity cookie's options (they are built after registration).</summary>
public sealed class SessionStoreSetup(DatabaseTicketStore store) : Microsoft.Extensions.Options.IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name == Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
        {
            options.SessionStore = store;
        }
    }
}
