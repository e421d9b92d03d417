using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Notifications;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Notifications;

/// <summary>
/// Tells a unit's staff about something: one in-app notification per staff user, plus an e-mail to those
/// with an address when SMTP is configured. The notifications are saved with the caller's changes.
/// </summary>
public sealed class Notifier(AppDbContext db, WardClock clock, IEmailSender email)
{
    private readonly List<(string Address, string Subject, string Body)> outbox = [];

    /// <returns>How many users were notified.</returns>
    public async Task<int> NotifyUnitsAsync(IReadOnlyCollection<int> unitIds, string title, string message, string? link, CancellationToken ct = default)
    {
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.UnitId != null && unitIds.Contains(u.UnitId.Value))
            .Select(u => new { u.Id, u.Email })
            .ToListAsync(ct);
        foreach (var user in staff)
        {
            db.Notifications.Add(new Notification { UserId = user.Id, Title = title, Message = message, Link = link, CreatedAtUtc = clock.UtcNow });
            if (!string.IsNullOrWhiteSpace(user.Email))
            {
                outbox.Add((user.Email, title, message));
            }
        }

        return staff.Count;
    }

    /// <summary>Sends the queued e-mails; call after the changes are saved so nobody is mailed about a rolled-back action.</summary>
    public async Task FlushEmailAsync(CancellationToken ct = default)
    {
        foreach (var (address, subject, body) in outbox)
        {
            await email.SendAsync(address, subject, body, ct);
        }

        outbox.Clear();
    }
}
